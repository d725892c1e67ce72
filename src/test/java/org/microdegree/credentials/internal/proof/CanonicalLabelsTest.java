package org.microdegree.credentials.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our step 7 of RDFC-1.0 (each quad written once, lines sorted) gives byte for byte what
 * titanium-rdfc's own {@code provide} gives, on datasets made to be hard: blank nodes in cycles and
 * in symmetric shapes that need the n-degree hash, blank graph names, repeated quads, and literals
 * with every kind of escape, language tags, directions and datatypes.
 */
class CanonicalLabelsTest {

    private static final String[] PREDICATES = {"https://x.example/p", "https://x.example/q", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"};
    private static final String[] TEXTS = {"plain", "with \"quotes\" and \\ backslash", "line\nbreak\rreturn\ttab", "Prüfung ✓ 😀",
            "\u0000\u0007\u001f\u007f control", "", "_:not-a-blank", "<not-an-iri>"};
    private static final String[] DATATYPES = {null, "http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/2001/XMLSchema#dateTime",
            "https://w3id.org/security#cryptosuiteString"};

    @Test
    void stepSevenAgreesWithTitaniumOnAThousandGeneratedDatasets() throws Exception {
        for (int seed = 0; seed < 1000; seed++) {
            List<String[]> quads = dataset(new Random(seed));
            assertThat(ours(quads)).as("seed " + seed).isEqualTo(titanium(quads));
        }
    }

    @Test
    void aSymmetricRingOfBlankNodesNeedsTheNDegreeHashAndStillAgrees() throws Exception {
        List<String[]> ring = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ring.add(iri("_:r" + i, PREDICATES[0], "_:r" + ((i + 1) % 6), null));
        }
        ring.add(ring.get(2)); // the same quad twice: a dataset holds it once
        String canonical = ours(ring);
        assertThat(canonical).isEqualTo(titanium(ring)).contains("_:c14n5").doesNotContain("_:r");
        assertThat(canonical.lines()).hasSize(6);
    }

    @Test
    void theWorkaroundIsPinnedToTheTitaniumRdfcVersionItWasCheckedWith() throws Exception {
        // CanonicalLabels calls package-private steps of this exact version: an upgrade must be checked again
        try (InputStream in = RdfCanon.class.getResourceAsStream("/META-INF/maven/com.apicatalog/titanium-rdfc/pom.properties")) {
            Properties pom = new Properties();
            pom.load(in);
            assertThat(pom.getProperty("version")).isEqualTo("2.0.0");
        }
    }

    private static List<String[]> dataset(Random random) {
        int blanks = 1 + random.nextInt(8);
        List<String[]> quads = new ArrayList<>();
        int size = 1 + random.nextInt(30);
        for (int i = 0; i < size; i++) {
            String subject = random.nextInt(4) == 0 ? "https://x.example/s" + random.nextInt(3) : "_:b" + random.nextInt(blanks);
            String predicate = PREDICATES[random.nextInt(PREDICATES.length)];
            String graph = switch (random.nextInt(6)) {
                case 0 -> "https://x.example/g";
                case 1 -> "_:b" + random.nextInt(blanks);
                default -> null;
            };
            switch (random.nextInt(3)) {
                case 0 -> quads.add(iri(subject, predicate, "_:b" + random.nextInt(blanks), graph));
                case 1 -> quads.add(iri(subject, predicate, "https://x.example/o" + random.nextInt(3), graph));
                default -> {
                    String text = TEXTS[random.nextInt(TEXTS.length)];
                    quads.add(switch (random.nextInt(3)) {
                        case 0 -> new String[]{subject, predicate, text, "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "de-AT", null, graph};
                        case 1 -> new String[]{subject, predicate, text, null, "ar", "rtl", graph};
                        default -> new String[]{subject, predicate, text, DATATYPES[random.nextInt(DATATYPES.length)], null, null, graph};
                    });
                }
            }
            if (random.nextInt(10) == 0) {
                quads.add(quads.get(random.nextInt(quads.size())));
            }
        }
        return quads;
    }

    private static String[] iri(String subject, String predicate, String object, String graph) {
        return new String[]{subject, predicate, object, null, null, null, graph};
    }

    private static String ours(List<String[]> quads) {
        Rdfc.Dataset dataset = new Rdfc.Dataset();
        quads.forEach(q -> dataset.quad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]));
        return dataset.canonical();
    }

    private static String titanium(List<String[]> quads) throws Exception {
        RdfCanon canon = RdfCanon.create("SHA-256");
        for (String[] q : quads) {
            canon.quad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
        }
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }
}
