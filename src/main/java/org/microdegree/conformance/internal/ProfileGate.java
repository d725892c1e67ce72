package org.microdegree.conformance.internal;

import java.util.List;
import org.microdegree.catalog.SubmissionGate;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.conformance.Conformance;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Component;

/** The rule profiles as the catalogue's submission gate: no step to review or publication with an error. */
@Component
class ProfileGate implements SubmissionGate {

    private final Conformance conformance;

    ProfileGate(Conformance conformance) {
        this.conformance = conformance;
    }

    @Override
    public List<Violation> objections(CatalogueItem item, LifecycleAction action) {
        var report = conformance.checkItem(item);
        String prefix = item.kind().bundleField() + "[" + item.id() + "]";
        return report.errors().stream()
                .map(f -> Violation.at(f.path().startsWith(prefix + ".") ? f.path().substring(prefix.length() + 1) : f.path(),
                        "cannot " + action.code() + ": " + f.rule() + ": " + f.message().en()))
                .toList();
    }
}
