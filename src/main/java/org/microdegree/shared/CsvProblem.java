package org.microdegree.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CSV file the parser could not read (a broken quote), told with its line and without the parser's class name. */
public final class CsvProblem {

    private static final Pattern LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private CsvProblem() {
    }

    public static Violation of(String source, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String m = cause.getMessage() == null ? "" : cause.getMessage();
        Matcher line = LINE.matcher(m);
        String reason = m.replaceFirst("^\\(startline \\d+\\) ", "").replaceFirst(" at line: \\d+, position: \\d+$", "");
        return new Violation("", "unreadable CSV: " + (reason.isBlank() ? "broken quoting" : reason)
                + " (a quote \" opened and not closed, or text after a closing quote)", source,
                line.find() ? Integer.parseInt(line.group(1)) : 0, 0);
    }
}
