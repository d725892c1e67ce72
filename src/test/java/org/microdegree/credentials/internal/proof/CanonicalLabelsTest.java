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
    private static final String[] LEAF_TEXTS = {"EU-UPM", "ES", "with \"quotes\" and \\ backslash", "Prüfung ✓ 😀", "line\nbreak", ""};
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
    void theFirstDegreeShortcutLabelsAsTitaniumDoesWhereItAnswersAndStepsAsideWhereHashesAreShared() throws Exception {
        int answered = 0;
        int declined = 0;
        for (int seed = 0; seed < 1000; seed++) {
            List<String[]> quads = dataset(new Random(seed));
            if (firstDegree(quads) == null) {
                declined++;
            } else {
                answered++;
            }
            assertThat(byFirstDegree(quads)).as("seed " + seed).isEqualTo(titanium(quads));
        }
        assertThat(answered).as("datasets the shortcut labelled").isGreaterThan(100);
        assertThat(declined).as("datasets left to titanium (shared first-degree hashes)").isPositive();
    }

    @Test
    void nodesWrittenTwiceAsLeavesAreLabelledWithoutTheNDegreeHashAndAgreeWithTitanium() throws Exception {
        int tied = 0;
        for (int seed = 0; seed < 1000; seed++) {
            Random random = new Random(seed);
            List<String[]> quads = new ArrayList<>();
            boolean writtenTwice = profilesWrittenTwice(random, quads);
            if (random.nextBoolean()) {
                // a credential subject of its own, naming the institutions: no leaf, its hash its own
                quads.add(iri("_:subject", PREDICATES[0], "https://x.example/institution0", null));
                quads.add(new String[]{"_:subject", PREDICATES[1], LEAF_TEXTS[random.nextInt(LEAF_TEXTS.length)], DATATYPES[1], null, null, null});
            }
            if (firstDegree(quads) != null && writtenTwice) {
                tied++;
            }
            assertThat(byFirstDegree(quads)).as("seed " + seed).isEqualTo(titanium(quads));
        }
        assertThat(tied).as("datasets whose shared hashes were all leaves'").isGreaterThan(300);
    }

    @Test
    void nodesSharingAHashThatNameOtherBlankNodesAreLeftToTitanium() throws Exception {
        // two addresses, each with a geo point of its own: the addresses share a hash and are no leaves
        List<String[]> twice = new ArrayList<>();
        for (String copy : List.of("1", "2")) {
            twice.add(iri("https://x.example/luh", PREDICATES[0], "_:address" + copy, null));
            twice.add(iri("_:address" + copy, PREDICATES[1], "_:geo" + copy, null));
            twice.add(new String[]{"_:geo" + copy, PREDICATES[2], "52.38", DATATYPES[1], null, null, null});
        }
        assertThat(firstDegree(twice)).isNull();
        assertThat(byFirstDegree(twice)).isEqualTo(titanium(twice));
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
        assertThat(firstDegree(ring)).as("every node of the ring has the same first-degree hash").isNull();
        assertThat(byFirstDegree(ring)).isEqualTo(canonical);
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

    /** IRI subjects each holding leaves (an address, identifier entries), each written once or twice with fresh blank nodes. */
    private static boolean profilesWrittenTwice(Random random, List<String[]> quads) {
        boolean twice = false;
        int leaf = 0;
        for (int profile = 0; profile < 1 + random.nextInt(3); profile++) {
            String subject = "https://x.example/institution" + profile;
            int leaves = 1 + random.nextInt(3);
            int copies = 1 + random.nextInt(3);
            twice |= copies > 1;
            for (int copy = 0; copy < copies; copy++) {
                for (int l = 0; l < leaves; l++) {
                    String node = "_:leaf" + leaf++;
                    // in the default graph: titanium-rdfc 2.0.0's n-degree hash fails on a named one (takes its IRI for a blank node)
                    String graph = null;
                    quads.add(iri(subject, PREDICATES[l % 2], node, graph));
                    quads.add(new String[]{node, PREDICATES[2], LEAF_TEXTS[(profile + l) % LEAF_TEXTS.length], DATATYPES[1], null, null, graph});
                    if (l == 2) {
                        quads.add(new String[]{node, PREDICATES[0], "de", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "de", null, graph});
                    }
                }
            }
        }
        return twice;
    }

    private static String[] iri(String subject, String predicate, String object, String graph) {
        return new String[]{subject, predicate, object, null, null, null, graph};
    }

    private static String ours(List<String[]> quads) {
        Rdfc.Dataset dataset = new Rdfc.Dataset();
        quads.forEach(q -> dataset.quad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]));
        return dataset.canonical();
    }

    /** The dataset compiled as a template without slots, labelled by the first-degree hashes alone; null where it declines. */
    private static String firstDegree(List<String[]> quads) {
        CanonicalTemplate template = CanonicalTemplate.of(quads, 0);
        return template == null ? null : template.fill(List.of());
    }

    /** As a signer takes it: by the first-degree hashes where they answer, else titanium's labels. */
    private static String byFirstDegree(List<String[]> quads) {
        String canonical = firstDegree(quads);
        return canonical != null ? canonical : ours(quads);
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
