package org.microdegree.credentials.internal.proof;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The canonical N-Quads (RDFC-1.0) of a template's quads, worked out once for every document of
 * its shape: each line is kept as fixed text with gaps for the slots' strings and the blank nodes'
 * canonical labels, and each blank node's first-degree hash (4.6) is kept where none of its lines
 * has a slot. Filling a template then writes only the gaps, hashes only the nodes whose lines hold a
 * string, and sorts. Before, every certificate wrote and escaped all of its lines twice (once for
 * the hashes, once for the output): a quarter of a bulk award's CPU.
 *
 * <p>Labels come from the first-degree hashes alone, where the n-degree hash (4.8) cannot change the
 * outcome. Step 5 labels each node whose hash is its own, in the order of the hashes. Step 6 labels
 * the nodes that share a hash, group by group in the order of the hashes; when every node of a group
 * is a leaf (no quad of it names another blank node) each one's n-degree hash is the same (the hash
 * of nothing related), so the algorithm labels them in no particular order, and any order gives the
 * same canonical quads: swapping two such nodes maps the dataset onto itself. Our certificates are
 * shaped so (the issuer's profile is written twice, so its address and identifier entries come twice,
 * as leaves). Any other shared hash answers null and the caller takes titanium-rdfc's whole algorithm.
 */
final class CanonicalTemplate {

    /** How a skeleton's strings stand in its quads: this prefix and the slot's number. */
    static final String SLOT = "urn:x-microdegree-slot:";
    private static final Pattern PLAIN_IRI = Pattern.compile(
            "urn:uuid:[0-9A-Fa-f-]{36}|did:[a-z0-9]+:[A-Za-z0-9.%:_-]+(#[A-Za-z0-9._-]+)?|https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?(#[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?");

    // gaps are marked in a line's text by private-use characters, which no term we compile may hold
    private static final char LITERAL = '\uE000';
    private static final char IRI = '\uE001';
    private static final char NODE = '\uE002';
    private static final char END = '\uE003';
    private static final String[] LABELS = new String[256];

    static {
        for (int i = 0; i < LABELS.length; i++) {
            LABELS[i] = "c14n" + i;
        }
    }

    private final boolean[] iri;
    private final Line[] quads;
    private final Line[][] nodeLines;
    /** Per node its first-degree hash where none of its lines has a slot, else null. */
    private final byte[][] fixedHashes;
    private final boolean[] leaf;

    private CanonicalTemplate(boolean[] iri, Line[] quads, Line[][] nodeLines, byte[][] fixedHashes, boolean[] leaf) {
        this.iri = iri;
        this.quads = quads;
        this.nodeLines = nodeLines;
        this.fixedHashes = fixedHashes;
        this.leaf = leaf;
    }

    /**
     * The template of these quads, whose terms name slot {@code 0 .. slots-1} as {@link #SLOT}N; null
     * where that is not safe: a slot seen both as a literal and as an IRI, inside another term, as a
     * predicate, or never; a slot in a literal with a base direction; a term holding our gap marks.
     */
    static @Nullable CanonicalTemplate of(List<String[]> quads, int slots) {
        boolean[] iri = slotKinds(quads, slots);
        if (iri == null) {
            return null;
        }
        Map<String, Integer> nodes = new LinkedHashMap<>();
        List<List<String[]>> byNode = new ArrayList<>();
        for (String[] q : quads) {
            for (String term : q) {
                if (term != null && term.chars().anyMatch(c -> c >= LITERAL && c <= END)) {
                    return null;
                }
            }
            if (q[5] != null && (slot(q[0]) >= 0 || slot(q[2]) >= 0 || slot(q[6]) >= 0)) {
                return null;
            }
            // a quad once for each place a blank node stands in it, and a repeated quad again: as titanium-rdfc 2.0.0 counts them
            for (int f : literal(q) ? new int[]{0, 6} : new int[]{0, 2, 6}) {
                if (blank(q[f])) {
                    int node = nodes.computeIfAbsent(q[f], k -> {
                        byNode.add(new ArrayList<>(8));
                        return nodes.size();
                    });
                    byNode.get(node).add(q);
                }
            }
        }
        if (nodes.size() > LABELS.length) {
            return null;
        }
        Line[] lines = new Line[quads.size()];
        for (int i = 0; i < lines.length; i++) {
            String[] q = quads.get(i);
            lines[i] = Line.of(q, term -> blank(term) ? "_:" + NODE + nodes.get(term) + END : null);
        }
        int count = nodes.size();
        Line[][] nodeLines = new Line[count][];
        byte[][] fixedHashes = new byte[count][];
        boolean[] leaf = new boolean[count];
        int n = 0;
        for (Map.Entry<String, Integer> e : nodes.entrySet()) {
            String node = e.getKey();
            List<String[]> mine = byNode.get(n);
            nodeLines[n] = mine.stream().map(q -> Line.of(q, term -> blank(term) ? term.equals(node) ? "_:a" : "_:z" : null)).toArray(Line[]::new);
            if (Arrays.stream(nodeLines[n]).allMatch(Line::fixed)) {
                fixedHashes[n] = hash(Arrays.stream(nodeLines[n]).map(l -> l.texts[0]).toArray(String[]::new), sha256());
            }
            leaf[n] = mine.stream().noneMatch(q -> other(q[0], node) || !literal(q) && other(q[2], node) || other(q[6], node));
            n++;
        }
        return new CanonicalTemplate(iri, lines, nodeLines, fixedHashes, leaf);
    }

    /** Per slot whether it stands as an IRI (else as a literal's value); null when a slot is not safe. */
    private static boolean @Nullable [] slotKinds(List<String[]> quads, int slots) {
        // 0 unseen, 1 literal, 2 IRI
        int[] seen = new int[slots];
        for (String[] q : quads) {
            for (int f = 0; f < q.length; f++) {
                String term = q[f];
                if (term == null || !term.contains(SLOT)) {
                    continue;
                }
                int slot = slot(term);
                if (slot < 0 || slot >= slots || f == 1 || f >= 3 && f <= 5) {
                    return null;
                }
                int kind = f == 2 && literal(q) ? 1 : 2;
                if (seen[slot] != 0 && seen[slot] != kind) {
                    return null;
                }
                seen[slot] = kind;
            }
        }
        boolean[] iri = new boolean[slots];
        for (int i = 0; i < slots; i++) {
            if (seen[i] == 0) {
                return null;
            }
            iri[i] = seen[i] == 2;
        }
        return iri;
    }

    /**
     * The canonical N-Quads with these strings in the slots; null when one of them may not stand
     * where its slot is, or when the blank nodes need the n-degree hash.
     */
    @Nullable
    String fill(List<String> strings) {
        if (strings.size() != iri.length) {
            return null;
        }
        String[] values = new String[iri.length];
        for (int i = 0; i < iri.length; i++) {
            String s = strings.get(i);
            if (iri[i] && !plainIri(s)) {
                return null;
            }
            values[i] = iri[i] ? s : NQuadLines.escaped(s);
        }
        int[] labels = labels(values);
        if (labels == null) {
            return null;
        }
        String[] lines = new String[quads.length];
        int length = 0;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = quads[i].write(values, labels);
            length += lines[i].length();
        }
        return NQuadLines.document(lines, length);
    }

    /** Each blank node's canonical number, steps 5 and 6 from the first-degree hashes; null where the n-degree hash is needed. */
    private int @Nullable [] labels(String[] values) {
        int count = nodeLines.length;
        byte[][] hashes = new byte[count][];
        MessageDigest sha = null;
        Integer[] order = new Integer[count];
        for (int n = 0; n < count; n++) {
            order[n] = n;
            if (fixedHashes[n] != null) {
                hashes[n] = fixedHashes[n];
                continue;
            }
            Line[] mine = nodeLines[n];
            String[] lines = new String[mine.length];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = mine[i].write(values, null);
            }
            sha = sha == null ? sha256() : sha;
            hashes[n] = hash(lines, sha);
        }
        // stable: nodes sharing a hash keep the order they first appear in
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(hashes[a], hashes[b]));
        int[] labels = new int[count];
        int next = 0;
        for (int k = 0; k < count; k++) {
            if (!shared(order, hashes, k)) {
                labels[order[k]] = next++;
            }
        }
        for (int k = 0; k < count; k++) {
            if (shared(order, hashes, k)) {
                if (!leaf[order[k]]) {
                    return null;
                }
                labels[order[k]] = next++;
            }
        }
        return labels;
    }

    private static boolean shared(Integer[] order, byte[][] hashes, int k) {
        return k > 0 && Arrays.equals(hashes[order[k - 1]], hashes[order[k]])
                || k + 1 < order.length && Arrays.equals(hashes[order[k]], hashes[order[k + 1]]);
    }

    /** SHA-256 of the lines in String order (4.6 steps 4 and 5). */
    private static byte[] hash(String[] lines, MessageDigest sha) {
        Arrays.sort(lines);
        sha.reset();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return sha.digest();
    }

    /**
     * One N-Quads line as fixed texts around gaps: {@code texts[0] gap0 texts[1] gap1 ...}. A gap is a
     * slot's string (as an IRI, or a literal's escaped value) or a blank node's canonical label.
     */
    private record Line(String[] texts, char[] kinds, int[] indexes) {

        /** The line of the quad as {@link NQuadLines} writes it, with {@code nodeText} standing for each blank node. */
        static Line of(String[] q, java.util.function.Function<String, @Nullable String> nodeText) {
            boolean literal = literal(q);
            String[] t = q.clone();
            // subject, object and graph may hold a slot or a blank node; predicate, datatype, language and direction are fixed
            for (int f : new int[]{0, 2, 6}) {
                int slot = slot(q[f]);
                String node = f == 2 && literal ? null : nodeText.apply(q[f]);
                t[f] = slot >= 0 ? (f == 2 && literal ? LITERAL : IRI) + "" + slot + END : node != null ? node : q[f];
            }
            String text = NQuadLines.line(t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
            List<String> texts = new ArrayList<>(4);
            StringBuilder kinds = new StringBuilder(3);
            List<Integer> indexes = new ArrayList<>(3);
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == LITERAL || c == IRI || c == NODE) {
                    int end = text.indexOf(END, i);
                    texts.add(text.substring(from, i));
                    kinds.append(c);
                    indexes.add(Integer.parseInt(text.substring(i + 1, end)));
                    from = end + 1;
                    i = end;
                }
            }
            texts.add(text.substring(from));
            return new Line(texts.toArray(String[]::new), kinds.toString().toCharArray(), indexes.stream().mapToInt(Integer::intValue).toArray());
        }

        boolean fixed() {
            return kinds.length == 0;
        }

        /** The line with the slots' (escaped) strings and the nodes' labels; labels may be null where the line names no node. */
        String write(String[] values, int @Nullable [] labels) {
            if (kinds.length == 0) {
                return texts[0];
            }
            StringBuilder out = new StringBuilder(160);
            out.append(texts[0]);
            for (int g = 0; g < kinds.length; g++) {
                out.append(kinds[g] == NODE ? LABELS[labels[indexes[g]]] : values[indexes[g]]).append(texts[g + 1]);
            }
            return out.toString();
        }
    }

    /** Whether the string is a plain absolute IRI; a certificate's own id, a random UUID, is checked without the pattern. */
    private static boolean plainIri(String s) {
        if (s.length() == 45 && s.startsWith("urn:uuid:")) {
            for (int i = 9; i < 45; i++) {
                char c = s.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '-')) {
                    return false;
                }
            }
            return true;
        }
        return PLAIN_IRI.matcher(s).matches();
    }

    private static int slot(@Nullable String term) {
        if (term == null || !term.startsWith(SLOT)) {
            return -1;
        }
        try {
            return Integer.parseInt(term.substring(SLOT.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean literal(String[] q) {
        return RdfQuadConsumer.isLiteral(q[3], q[4], q[5]);
    }

    private static boolean blank(@Nullable String term) {
        return term != null && RdfQuadConsumer.isBlank(term);
    }

    private static boolean other(@Nullable String term, String node) {
        return blank(term) && !term.equals(node);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
