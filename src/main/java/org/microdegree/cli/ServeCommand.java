package org.microdegree.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web application and the REST API (an empty catalogue on first start).")
class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--profile", paramLabel = "NAME", split = ",",
            description = "Spring profiles, e.g. prod (PostgreSQL only, needs MICRODEGREE_DB_URL).")
    List<String> profiles = new ArrayList<>();

    @Override
    public Integer call() {
        if (port < 1 || port > 65535) {
            throw new UsageException("--port must be between 1 and 65535, got " + port);
        }
        Runtime.start(data.data, true, Map.of("server.port", port), profiles());
        return Cli.KEEP_RUNNING;
    }

    List<String> profiles() {
        return profiles;
    }
}
