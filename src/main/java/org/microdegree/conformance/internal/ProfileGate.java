package org.microdegree.conformance.internal;

import lombok.RequiredArgsConstructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.catalog.SubmissionGate;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.policy.model.Finding;
import org.microdegree.conformance.Conformance;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Component;

/** The rule profiles as the catalogue's submission gate: no step to review or publication with an error. */
@Component
@RequiredArgsConstructor
class ProfileGate implements SubmissionGate {

    private final Conformance conformance;

    @Override
    public List<Violation> objections(CatalogueItem item, LifecycleAction action) {
        var report = conformance.checkItem(item);
        String prefix = item.kind().bundleField() + "[" + item.id() + "]";
        return report.errors().stream()
                .map(f -> Violation.at(f.path().startsWith(prefix + ".") ? f.path().substring(prefix.length() + 1) : f.path(),
                        "cannot " + action.code() + ": " + f.rule() + ": " + f.message().en()))
                .toList();
    }

    /** Items imported as in review, approved or published must pass their profiles as the steps to it would. */
    @Override
    public List<Violation> importObjections(CatalogueBundle bundle) {
        if (bundle.items().noneMatch(ProfileGate::pastDraft)) {
            return List.of();
        }
        Map<String, String> places = new HashMap<>();
        for (ItemKind kind : List.of(ItemKind.MICRO_CREDENTIAL, ItemKind.MICRO_DEGREE)) {
            List<? extends CatalogueItem> items = kind == ItemKind.MICRO_CREDENTIAL ? bundle.microCredentials() : bundle.microDegrees();
            for (int i = 0; i < items.size(); i++) {
                if (pastDraft(items.get(i)) && items.get(i).id() != null) {
                    places.put(kind.bundleField() + "[" + items.get(i).id() + "]", kind.bundleField() + "[" + i + "]");
                }
            }
        }
        List<Violation> out = new ArrayList<>();
        for (Finding f : conformance.check(bundle, List.of()).errors()) {
            int end = f.path().indexOf(']');
            String item = end < 0 ? f.path() : f.path().substring(0, end + 1);
            String place = places.get(item);
            if (place != null) {
                out.add(Violation.at(place + f.path().substring(item.length()), f.rule() + ": " + f.message().en()));
            }
        }
        return out;
    }

    private static boolean pastDraft(CatalogueItem item) {
        return item.status() == LifecycleStatus.IN_REVIEW || item.status() == LifecycleStatus.APPROVED
                || item.status().isPublic() && item.status() != LifecycleStatus.RETIRED;
    }
}
