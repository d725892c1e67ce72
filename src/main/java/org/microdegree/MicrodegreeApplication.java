package org.microdegree;

import java.time.Clock;
import org.microdegree.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/** One jar for the server and the command line: {@code microdegree serve|demo|import|export|...}. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class MicrodegreeApplication {

    /** The time every service reads: one bean, so that a test sets the day for all of them at once. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        int code = Cli.run(MicrodegreeApplication.class, args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
