package org.microdegree;

import org.microdegree.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** One jar for the server and the command line: {@code microdegree serve|demo|import|export|...}. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class MicrodegreeApplication {

    public static void main(String[] args) {
        int code = Cli.run(MicrodegreeApplication.class, args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
