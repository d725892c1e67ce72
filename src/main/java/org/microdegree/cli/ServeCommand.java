package org.microdegree.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.microdegree.shared.PublicUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web application and the REST API (an empty catalogue on first start).")
class ServeCommand implements Callable<Integer> {

    @Mixin DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).") int port;

    @Option(names = "--profile", paramLabel = "NAME", split = ",", description = "Spring profiles, e.g. prod (PostgreSQL only, needs MICRODEGREE_DB_URL).") List<String> profiles = new ArrayList<>();

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            throw new UsageException("--port must be between 1 and 65535, got " + port);
        }
        String publicUrl = System.getenv("MICRODEGREE_PUBLIC_URL");
        if (publicUrl == null || publicUrl.isBlank()) {
            if (profiles().contains("prod")) {
                throw new UsageException("the prod profile needs MICRODEGREE_PUBLIC_URL, the address at which this installation is"
                        + " reached (e.g. https://credentials.uni.example): certificates name it in their DIDs and links");
            }
            if (!profiles().contains("demo")) {
                System.err.println("warning: MICRODEGREE_PUBLIC_URL is not set: certificates issued now name http://localhost:" + port
                        + ", which nobody else can reach; set it to the address at which this installation is reached");
            }
        } else {
            try {
                PublicUrl.of(publicUrl, port);
            } catch (IllegalArgumentException e) {
                throw new UsageException("MICRODEGREE_PUBLIC_URL: " + e.getMessage());
            }
        }
        Runtime.start(data.data, true, Map.of("server.port", port), profiles());
        return Cli.KEEP_RUNNING;
    }

    List<String> profiles() {
        return profiles;
    }
}
