package org.microdegree.credentials.internal.proof;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * RDFC-1.0's canonical labels when the first-degree hash (4.6) of every blank node is its own: then
 * steps 4 to 5 issue the labels in the order of the hashes and the n-degree hash (4.8) is never
 * needed. That is how the certificates we sign are shaped (their blank nodes differ in what they
 * say); where two nodes share a hash this answers null and titanium-rdfc runs the whole algorithm.
 * Used only for documents filled into a template whose first document agreed with titanium.
 */
final class FirstDegreeLabels {

    private FirstDegreeLabels() {
    }

    /** Original blank node label to {@code _:c14nN}; null where two blank nodes share their first-degree hash. */
    static @Nullable Map<String, String> of(List<String[]> quads) {
        // the quads of each blank node, in the dataset's order
        Map<String, List<String[]>> byNode = new LinkedHashMap<>();
        for (String[] q : quads) {
            boolean literal = RdfQuadConsumer.isLiteral(q[3], q[4], q[5]);
            add(byNode, q[0], q);
            if (!literal) {
                add(byNode, q[2], q);
            }
            add(byNode, q[6], q);
        }
        MessageDigest sha = sha256();
        TreeMap<String, String> byHash = new TreeMap<>();
        for (Map.Entry<String, List<String[]>> e : byNode.entrySet()) {
            String node = e.getKey();
            List<String[]> mine = e.getValue();
            String[] lines = new String[mine.size()];
            for (int i = 0; i < lines.length; i++) {
                String[] q = mine.get(i);
                boolean literal = RdfQuadConsumer.isLiteral(q[3], q[4], q[5]);
                lines[i] = NQuadsWriter.nquad(as(q[0], node), q[1], literal ? q[2] : as(q[2], node), q[3], q[4], q[5], as(q[6], node));
            }
            Arrays.sort(lines);
            sha.reset();
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            if (byHash.putIfAbsent(HexFormat.of().formatHex(sha.digest()), node) != null) {
                return null;
            }
        }
        Map<String, String> labels = HashMap.newHashMap(byHash.size());
        int n = 0;
        for (String node : byHash.values()) {
            labels.put(node, "_:c14n" + n++);
        }
        return labels;
    }

    /** A quad once for each place a blank node stands in it, and a repeated quad again: as titanium-rdfc 2.0.0 counts them. */
    private static void add(Map<String, List<String[]>> byNode, @Nullable String term, String[] quad) {
        if (term != null && RdfQuadConsumer.isBlank(term)) {
            List<String[]> list = byNode.computeIfAbsent(term, k -> new ArrayList<>(8));
            list.add(quad);
        }
    }

    /** The node itself reads {@code _:a}, every other blank node {@code _:z} (4.6 step 3.1). */
    private static @Nullable String as(@Nullable String term, String node) {
        return term != null && RdfQuadConsumer.isBlank(term) ? term.equals(node) ? "_:a" : "_:z" : term;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
