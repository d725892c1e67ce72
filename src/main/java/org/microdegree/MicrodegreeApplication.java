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

    /** Carriers of the virtual threads that serve requests, unless the operator sets {@code -Djdk.virtualThreadScheduler.parallelism}. */
    static int carriers(int cores) {
        return Math.max(16, 2 * cores);
    }

    public static void main(String[] args) {
        // One carrier per core (the JDK's default) lets a carrier the OS preempts stall the requests queued on it: on two
        // cores the search API's p99 was 94 to 152 ms with 2 carriers and 20 to 25 ms with 16 (ADR 0044, docs/benchmarks.md).
        // Read once, when the first virtual thread starts: set before anything runs.
        if (System.getProperty("jdk.virtualThreadScheduler.parallelism") == null) {
            System.setProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(carriers(Runtime.getRuntime().availableProcessors())));
        }
        int code = Cli.run(MicrodegreeApplication.class, args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
