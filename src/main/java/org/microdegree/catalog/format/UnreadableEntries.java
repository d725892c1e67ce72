package org.microdegree.catalog.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/**
 * A bundle some of whose entries could not be read (a wrong type, an unknown field): every such
 * problem with its place, and the entries that did read, so that their reference problems can be
 * reported in the same answer instead of after the user has fixed the first ones.
 */
public final class UnreadableEntries extends InvalidInputException {

    private static final Pattern ENTRY = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)](.*)$");

    private final transient CatalogueBundle readable;
    private final transient Map<String, List<Integer>> positions;
    private final transient Set<String> unreadableIds;
    private final transient BundleFormat.Located<?> located;

    UnreadableEntries(List<Violation> problems, CatalogueBundle readable, Map<String, List<Integer>> positions, Set<String> unreadableIds,
            BundleFormat.Located<?> located) {
        super(problems);
        this.readable = readable;
        this.positions = positions;
        this.unreadableIds = unreadableIds;
        this.located = located;
    }

    /** The entries that read, each list in file order without the unreadable ones. */
    public CatalogueBundle readable() {
        return readable;
    }

    /** Whether an entry of the list (e.g. {@code modules}) that could not be read states this id: a reference to it is no reference problem. */
    public boolean unreadable(String list, String id) {
        return unreadableIds.contains(list + " " + id);
    }

    /** This file's problems with those found in {@link #readable()}, each placed once, in the order of the file. */
    public InvalidInputException with(List<Violation> readableProblems) {
        Map<String, Violation> byPath = new LinkedHashMap<>();
        violations().forEach(v -> byPath.putIfAbsent(v.path(), v));
        readableProblems.stream().map(this::locate).forEach(v -> byPath.putIfAbsent(v.path(), v));
        return new InvalidInputException(BundleFormat.sorted(byPath.values()));
    }

    /** A problem found in {@link #readable()}, placed in the file: its path renumbered to the entry's place there. */
    public Violation locate(Violation v) {
        Matcher m = ENTRY.matcher(v.path());
        Violation renumbered = v;
        if (m.matches() && positions.containsKey(m.group(1))) {
            List<Integer> original = positions.get(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (index < original.size()) {
                renumbered = Violation.at(m.group(1) + "[" + original.get(index) + "]" + m.group(3), v.reason());
            }
        }
        return located.locate(renumbered);
    }
}
