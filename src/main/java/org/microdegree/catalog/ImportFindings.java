package org.microdegree.catalog;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Violation;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the submission gates object to in an imported bundle's items that come in review, approved
 * or published: refusals unless the importer accepts them, and then a note for each item's journal
 * entry naming the findings accepted.
 */
record ImportFindings(List<Violation> objections) {

    static final ImportFindings NONE = new ImportFindings(List.of());

    static ImportFindings of(CatalogueBundle bundle, ObjectProvider<SubmissionGate> gates) {
        return new ImportFindings(gates.orderedStream().flatMap(g -> g.importObjections(bundle).stream()).toList());
    }

    List<Violation> refusals() {
        return objections.stream().map(v -> Violation.at(v.path(), "its status asks for the rule profiles to be met: " + v.reason()
                + " (mend it, import it as a draft, or accept the findings: import --accept-findings)")).toList();
    }

    /** The journal's reason for an imported item: its source, and the findings accepted for it. */
    String note(ItemKind kind, int index, String source) {
        String item = kind.bundleField() + "[" + index + "]";
        TreeSet<String> rules = objections.stream()
                .filter(v -> v.path().equals(item) || v.path().startsWith(item + ".") || v.path().startsWith(item + "["))
                .map(v -> v.reason().substring(0, Math.max(0, v.reason().indexOf(':'))))
                .collect(Collectors.toCollection(TreeSet::new));
        return rules.isEmpty() ? source : source + "; findings accepted: " + String.join(", ", rules);
    }
}
