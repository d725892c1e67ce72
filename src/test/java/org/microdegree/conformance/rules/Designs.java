package org.microdegree.conformance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.conformance.internal.CatalogueDesign;
import org.microdegree.policy.Profiles;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.skills.Skills;
import org.microdegree.skills.internal.ShippedEscoSkillsAccess;

/** Checks designs held in memory against shipped profiles, as the catalogue does, without a database. */
public final class Designs {

    static final Skills ESCO = ShippedEscoSkillsAccess.create();

    private Designs() {
    }

    static CatalogueDesign of(CatalogueBundle bundle) {
        CatalogueDesign design = new CatalogueDesign(Map.of(), (kind, id) -> Optional.empty(), ESCO::isSkill);
        bundle.institutions().forEach(design::with);
        bundle.items().forEach(design::with);
        return design;
    }

    static RuleProfile profile(String id) {
        return Profiles.shipped().get(id);
    }

    /** Every micro-credential and programme of the bundle against the named shipped profiles. */
    public static ConformanceReport check(CatalogueBundle bundle, String... profiles) {
        DesignRules rules = new DesignRules(of(bundle));
        List<Finding> findings = new ArrayList<>();
        List<CatalogueItem> subjects = new ArrayList<>(bundle.microCredentials());
        subjects.addAll(bundle.microDegrees());
        List<String> used = new ArrayList<>();
        for (String p : profiles) {
            used.add(profile(p).reference());
            for (CatalogueItem item : subjects) {
                findings.addAll(rules.evaluate(item, profile(p)));
            }
        }
        return new ConformanceReport(used, subjects.size(), findings);
    }
}
