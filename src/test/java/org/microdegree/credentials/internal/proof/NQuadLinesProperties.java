package org.microdegree.credentials.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.rdf.nquads.NQuadsWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Example;

/** Our canonical N-Quads lines read exactly as titanium writes them, whatever the literal holds. */
class NQuadLinesProperties {

    private static final String NAME = "https://schema.org/name";
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";
    private static final String LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    @Property(tries = 2000)
    void aLiteralReadsAsTitaniumWritesIt(@ForAll("literals") String literal, @ForAll @IntRange(min = 0, max = 4) int kind,
            @ForAll boolean blankSubject, @ForAll boolean inGraph) {
        String subject = blankSubject ? "_:c14n3" : "urn:uuid:6f1c2d9e-8a57-4f0b-9a43-7d1e2f3a4b5c";
        String datatype = switch (kind) {
            case 0 -> null;
            case 1 -> XSD_STRING;
            case 2 -> DATE_TIME;
            default -> LANG_STRING;
        };
        String language = kind == 3 ? "de" : kind == 4 ? "en-GB" : null;
        String graph = inGraph ? "_:c14n0" : null;

        assertThat(NQuadLines.line(subject, NAME, literal, datatype, language, null, graph))
                .isEqualTo(NQuadsWriter.nquad(subject, NAME, literal, datatype, language, null, graph));
    }

    @Example
    void resourcesBlankNodesAndABaseDirectionReadAsTitaniumWritesThem() {
        String[][] quads = {
                {"_:c14n0", "https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement", "_:c14n1", null, null, null, null},
                {"did:web:credentials.uni-hannover.de:luh", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                        "https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile", null, null, null, "_:c14n2"},
                {"_:c14n1", NAME, "Lea \"Ley\" Schütz\n\t\\ \u0001 \u007f 😀", null, "de", "rtl", null},
        };
        for (String[] q : quads) {
            assertThat(NQuadLines.line(q[0], q[1], q[2], q[3], q[4], q[5], q[6])).isEqualTo(NQuadsWriter.nquad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]));
        }
    }

    @Provide
    Arbitrary<String> literals() {
        // names, grades and titles as our certificates hold them, with what N-Quads must escape mixed in
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').withChars("äöüßÄÖÜéłżŠ\"\\\n\r\t\b\f\u0000\u001f\u007f\u00a0\u2028😀").ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("Lea Schütz", "1.7", "2026-03-31T00:00:00Z", "Machine Learning für Ingenieur*innen", ""));
    }
}
