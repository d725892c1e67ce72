package org.microdegree.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.microdegree.MicrodegreeApplication;
import picocli.CommandLine;

/** A command run as a user would, in this JVM: its exit code, standard output and errors. */
final class InProcess {

    record Run(int exit, String out, String err) {}

    private InProcess() {
    }

    static Run run(String... args) {
        Runtime.application = MicrodegreeApplication.class;
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        PrintStream stdout = System.out;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        System.setOut(new PrintStream(raw, true, StandardCharsets.UTF_8));
        try {
            int exit = cl.execute(args);
            return new Run(exit, out + raw.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }
}
