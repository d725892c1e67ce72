package org.microdegree.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.microdegree.credentials.KeyPasswordException;
import org.microdegree.jobs.JobFailedException;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Violation;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine;

/**
 * The entry point of the jar. Parses the command line with picocli before anything else starts,
 * so that {@code help} and mistakes in arguments answer at once; Spring starts only for the
 * command that needs it, and never sees the raw arguments.
 */
public final class Cli {

    /** Exit codes: 0 ok, 1 findings, 2 bad input. */
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    /** Returned by {@code serve} and {@code demo}: the server goes on after main returns. */
    public static final int KEEP_RUNNING = -1;

    private Cli() {
    }

    /** @param application the Spring Boot application class the commands start */
    public static int run(Class<?> application, String[] args) {
        Runtime.application = application;
        return commandLine().execute(args);
    }

    /** Results go to standard output (as export's bundle does), UTF-8, flushed by the caller. */
    static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    /** The language of messages: {@code --lang} if given (en or de), else from LANG, else English. */
    static String language(@org.jspecify.annotations.Nullable String lang) {
        if (lang != null) {
            if (!lang.equals("en") && !lang.equals("de")) {
                throw new UsageException("--lang: expected en or de, got '" + lang + "'");
            }
            return lang;
        }
        String env = System.getenv("LANG");
        return env != null && env.toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler(Cli::handle);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cl;
    }

    /** Users see what went wrong and where, never a stack trace (unless MICRODEGREE_DEBUG is set). */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable cause = unwrap(e);
        if (cause instanceof InvalidInputException invalid) {
            for (Violation v : invalid.violations()) {
                err.println("error: " + v.describe());
            }
            err.println(invalid.violations().size() + " error(s); nothing was written.");
            return BAD_INPUT;
        }
        if (cause instanceof UsageException || cause instanceof NotFoundException
                || cause instanceof KeyPasswordException
                || cause instanceof ConflictException) {
            // a name on the command line that does not exist, or a change that clashes: the arguments are wrong
            err.println("error: " + cause.getMessage());
            return BAD_INPUT;
        }
        if (cause instanceof JobFailedException failed) {
            err.println("error: " + failed.getMessage());
            err.println("Fix that, then resume the job where it stopped: ./microdegree jobs restart " + failed.job()
                    + " (./microdegree jobs show " + failed.job() + " shows its steps)");
            return FINDINGS;
        }
        if (cause instanceof DataAccessException) {
            // its message is SQL, and may hold the data of the file: never shown, named only under MICRODEGREE_DEBUG
            err.println("error: the database refused the change; nothing was written (MICRODEGREE_DEBUG=1 shows why)");
        } else {
            err.println("error: " + (cause.getMessage() == null ? "the command failed (MICRODEGREE_DEBUG=1 shows why)" : cause.getMessage()));
        }
        if (System.getenv("MICRODEGREE_DEBUG") != null) {
            cause.printStackTrace(err);
        }
        return FINDINGS;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof InvalidInputException) && !(t instanceof UsageException)) {
            if (t.getClass().getName().startsWith("org.springframework") || t instanceof IllegalStateException
                    && t.getCause() instanceof InvalidInputException) {
                t = t.getCause();
            } else {
                break;
            }
        }
        return t;
    }
}
