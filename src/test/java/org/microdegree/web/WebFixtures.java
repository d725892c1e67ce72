package org.microdegree.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The people of the worked example who use the web application: one per role at LUH, two
 * learners, and a designer of the partner LUT; plus drafts of LUH and of LUT.
 */
public final class WebFixtures {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String LUH_DRAFT = "luh:mc-draft-robotics";
    public static final String LUT_DRAFT = "lut:mc-draft-hydrogen";
    /** A draft programme of LUH in which LUT takes part. */
    public static final String JOINT_DRAFT = "luh:md-draft-joint-energy";

    public final Map<String, Account> people = new LinkedHashMap<>();

    public WebFixtures(Accounts accounts, Catalogue catalogue) {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        person(accounts, "learner", "lea@luh.example", Grant.of(Role.LEARNER, "luh"));
        person(accounts, "learner2", "leo@luh.example", Grant.of(Role.LEARNER, "luh"));
        person(accounts, "designer", "dana@luh.example", Grant.of(Role.DESIGNER, "luh"));
        person(accounts, "quality", "quinn@luh.example", Grant.of(Role.QUALITY, "luh"));
        person(accounts, "registrar", "robin@luh.example", Grant.of(Role.REGISTRAR, "luh"));
        person(accounts, "admin", "alex@luh.example", Grant.of(Role.ADMIN, "luh"));
        person(accounts, "partner", "lauri@lut.example", Grant.of(Role.DESIGNER, "lut"));
        Actor operator = Actor.operator("test");
        catalogue.create(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, mc(LUH_DRAFT, "Robotics in Production", "luh:mb-ml-manufacturing")), operator);
        catalogue.create(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, mc(LUT_DRAFT, "Hydrogen Economy", "lut:se-solar-economy")), operator);
        catalogue.create(catalogue.readItem(ItemKind.MICRO_DEGREE, Map.of("id", JOINT_DRAFT, "title", Map.of("en", "Joint Energy"),
                "requirements", Map.of("allOf", java.util.List.of(Map.of("microCredential", "luh:mc-se-energy-data"),
                        Map.of("microCredential", "lut:mc-se-solar-economy"))),
                "creditPoints", 10, "eqfLevel", 7, "participatingInstitutions", java.util.List.of("luh", "lut"), "jointAward", true)), operator);
    }

    public static Map<String, Object> mc(String id, String title, String module) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", Map.of("en", title));
        m.put("modules", java.util.List.of(module));
        m.put("creditPoints", 5);
        m.put("eqfLevel", 7);
        m.put("learningOutcomes", java.util.List.of(Map.of("en", "Plan a robot cell for a production line.")));
        m.put("mode", "blended");
        m.put("assessment", "project");
        m.put("languages", java.util.List.of("en"));
        m.put("skills", java.util.List.of("http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40"));
        m.put("qualityAssurance", "Internal quality assurance");
        return m;
    }

    private void person(Accounts accounts, String key, String email, Grant grant) {
        people.put(key, accounts.create(email, key, PASSWORD.toCharArray(), Set.of(grant)));
    }

    /** As the security filters would authenticate the person (the account is read again on each request). */
    public Authentication as(String key) {
        Actor actor = people.get(key).actor();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, AuthorityUtils.createAuthorityList("ROLE_USER"));
    }
}
