package org.microdegree.credentials.internal.proof;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsAlphabet;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One quad as a canonical N-Quads line, the same text as titanium's {@link NQuadsWriter#nquad}:
 * written into one builder, and a literal escaped by titanium only when it holds a character that
 * needs it. titanium escapes every literal through an array of its code points and writes through a
 * {@code StringWriter}; that was a fifth of a bulk award's CPU and nearly half of its allocation.
 * A literal with a base direction (which we never write) goes to titanium whole.
 * {@code NQuadLinesProperties} holds both to the same text.
 */
final class NQuadLines {

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    private NQuadLines() {
    }

    static String line(String subject, String predicate, String object, @Nullable String datatype, @Nullable String language,
            @Nullable String direction, @Nullable String graph) {
        if (direction != null) {
            return NQuadsWriter.nquad(subject, predicate, object, datatype, language, direction, graph);
        }
        StringBuilder out = new StringBuilder(subject.length() + predicate.length() + object.length() + (graph == null ? 0 : graph.length()) + 24);
        term(out, subject).append(' ');
        term(out, predicate).append(' ');
        if (RdfQuadConsumer.isLiteral(datatype, language, null)) {
            literal(out, object, datatype, language);
        } else {
            term(out, object);
        }
        out.append(' ');
        if (graph != null) {
            term(out, graph).append(' ');
        }
        return out.append(".\n").toString();
    }

    /**
     * The canonical N-Quads document of these lines: in String order, as titanium-rdfc sorts; a
     * dataset is a set, so a repeated quad is written once. The lines are sorted in place.
     */
    static String document(String[] lines, int length) {
        Arrays.sort(lines);
        StringBuilder out = new StringBuilder(length);
        String previous = null;
        for (String line : lines) {
            if (!line.equals(previous)) {
                out.append(line);
            }
            previous = line;
        }
        return out.toString();
    }

    private static StringBuilder term(StringBuilder out, String term) {
        return term.startsWith("_:") ? out.append(term) : out.append('<').append(term).append('>');
    }

    private static void literal(StringBuilder out, String value, @Nullable String datatype, @Nullable String language) {
        out.append('"').append(escaped(value)).append('"');
        if (language != null) {
            out.append('@').append(language);
        } else if (datatype != null && !XSD_STRING.equals(datatype)) {
            out.append("^^<").append(datatype).append('>');
        }
    }

    /** A literal's value as N-Quads writes it: escaped by titanium only when it holds a control, DEL, the quote or the backslash. */
    static String escaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f) {
                return NQuadsAlphabet.escape(value);
            }
        }
        return value;
    }
}
