package org.microdegree.credentials.internal.proof;

import com.apicatalog.rdf.api.RdfQuadConsumer;
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
 * RDFC-1.0's canonical labels from the first-degree hashes (4.6) alone, where the n-degree hash
 * (4.8) cannot change the outcome. Step 5 labels each node whose hash is its own, in the order of the
 * hashes. Step 6 labels the nodes that share a hash, group by group in the order of the hashes; when
 * every node of a group is a leaf (no quad of it names another blank node) each one's n-degree hash
 * is the same (the hash of nothing related), so the algorithm labels them in no particular order, and
 * any order gives the same canonical quads: swapping two such nodes maps the dataset onto itself.
 * Our certificates are shaped so (the issuer's profile is written twice, so its address and
 * identifier entries come twice, as leaves). Any other shared hash answers null and titanium-rdfc runs
 * the whole algorithm. Used only for documents filled into a template whose first document agreed
 * with titanium.
 */
final class FirstDegreeLabels {

    private FirstDegreeLabels() {
    }

    /** Original blank node label to {@code _:c14nN}; null where the n-degree hash would be needed. */
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
        TreeMap<String, List<String>> byHash = new TreeMap<>();
        for (Map.Entry<String, List<String[]>> e : byNode.entrySet()) {
            String node = e.getKey();
            List<String[]> mine = e.getValue();
            String[] lines = new String[mine.size()];
            for (int i = 0; i < lines.length; i++) {
                String[] q = mine.get(i);
                boolean literal = RdfQuadConsumer.isLiteral(q[3], q[4], q[5]);
                lines[i] = NQuadLines.line(as(q[0], node), q[1], literal ? q[2] : as(q[2], node), q[3], q[4], q[5], as(q[6], node));
            }
            Arrays.sort(lines);
            sha.reset();
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            byHash.computeIfAbsent(HexFormat.of().formatHex(sha.digest()), h -> new ArrayList<>(1)).add(node);
        }
        Map<String, String> labels = HashMap.newHashMap(byNode.size());
        // step 5: the nodes whose hash is their own
        byHash.values().stream().filter(nodes -> nodes.size() == 1).forEach(nodes -> labels.put(nodes.getFirst(), "_:c14n" + labels.size()));
        // step 6: groups sharing a hash, answered here only where each member is a leaf
        for (List<String> group : byHash.values()) {
            if (group.size() == 1) {
                continue;
            }
            for (String node : group) {
                if (!leaf(node, byNode.get(node))) {
                    return null;
                }
                labels.put(node, "_:c14n" + labels.size());
            }
        }
        return labels;
    }

    /** Whether no quad of the node names another blank node. */
    private static boolean leaf(String node, List<String[]> mine) {
        for (String[] q : mine) {
            boolean literal = RdfQuadConsumer.isLiteral(q[3], q[4], q[5]);
            if (other(q[0], node) || !literal && other(q[2], node) || other(q[6], node)) {
                return false;
            }
        }
        return true;
    }

    private static boolean other(@Nullable String term, String node) {
        return term != null && RdfQuadConsumer.isBlank(term) && !term.equals(node);
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
