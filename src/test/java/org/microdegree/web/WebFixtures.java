package org.microdegree.web;

import org.microdegree.shared.RoundId;
import org.microdegree.shared.LearnerId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.results.RecognitionInput;
import org.microdegree.results.Recognitions;
import org.microdegree.admissions.RoundInput;
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

    public WebFixtures(Accounts accounts, Catalogue catalogue, CatalogueEditing catalogueEditing) {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        person(accounts, "learner", "lea@luh.example", Grant.of(Role.LEARNER, "luh"));
        person(accounts, "learner2", "leo@luh.example", Grant.of(Role.LEARNER, "luh"));
        person(accounts, "designer", "dana@luh.example", Grant.of(Role.DESIGNER, "luh"));
        person(accounts, "quality", "quinn@luh.example", Grant.of(Role.QUALITY, "luh"));
        person(accounts, "registrar", "robin@luh.example", Grant.of(Role.REGISTRAR, "luh"));
        person(accounts, "admin", "alex@luh.example", Grant.of(Role.ADMIN, "luh"));
        person(accounts, "partner", "lauri@lut.example", Grant.of(Role.DESIGNER, "lut"));
        person(accounts, "other", "olli@lut.example", Grant.of(Role.ADMIN, "lut"));
        Actor operator = Actor.operator("test");
        catalogueEditing.create(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, mc(LUH_DRAFT, "Robotics in Production", "luh:mb-ml-manufacturing")), operator);
        catalogueEditing.create(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, mc(LUT_DRAFT, "Hydrogen Economy", "lut:se-solar-economy")), operator);
        catalogueEditing.create(catalogue.readItem(ItemKind.MICRO_DEGREE, Map.of("id", JOINT_DRAFT, "title", Map.of("en", "Joint Energy"),
                "requirements", Map.of("allOf", List.of(Map.of("microCredential", "luh:mc-se-energy-data"),
                        Map.of("microCredential", "lut:mc-se-solar-economy"))),
                "creditPoints", 10, "eqfLevel", 7, "participatingInstitutions", List.of("luh", "lut"), "jointAward", true)), operator);
    }

    /** The learners' side of the worked example: ids of what the fixtures made, for paths and bodies. */
    public record LearnerData(LearnerId lea, LearnerId erasable, String application, String achievement, String enrolment, String recognition) {

        public String fill(String text) {
            return text.replace("{lea}", lea.value()).replace("{erasable}", erasable.value()).replace("{application}", application)
                    .replace("{achievement}", achievement).replace("{enrolment}", enrolment).replace("{recognition}", recognition);
        }
    }

    public static final String RANKED_ROUND = "luh:ai-production-2026";
    public static final String OPEN_ROUND = "luh:machine-learning-open";

    /**
     * Lea (the learner) has a record made by LUH's registrar, linked to her account: she applied to a
     * ranked round of "AI in Production", took a place in an open round of "Machine Learning", has a
     * result, and asks that it be recognised for "AI Ethics". Another learner's record is there to erase.
     */
    public LearnerData learners(Learners learners, ApplicationRounds applicationRounds, PlacingApplications placingApplications,
            EnrollingLearners enrollingLearners,
            Achievements achievements, Recognitions recognitions) {
        Actor registrar = people.get("registrar").actor();
        Actor lea = people.get("learner").actor();
        learners.create(new LearnerInput("Lea Learner", "lea@luh.example", null, "student", "luh", "L-0001",
                List.of()), registrar);
        LearnerId leaId = learners.self(lea).id();
        LearnerId erasable = learners.create(new LearnerInput("Erin Erasable", "erin@example.org", "2000-01-01",
                "alumnus", "luh", "L-0002", List.of()), registrar).id();
        applicationRounds.createRound(new RoundInput(RANKED_ROUND, "micro-degree", "luh:md-ai-in-production",
                "2026-01-01T00:00", "2099-12-31T23:00", "Europe/Berlin", "ranked", 20, null, List.of(),
                List.of("cv"), null), registrar);
        applicationRounds.createRound(new RoundInput(OPEN_ROUND, "micro-credential", "luh:mc-machine-learning",
                "2026-01-01T00:00", "2099-12-31T23:00", "Europe/Berlin", "first-come", 100, null, List.of(),
                List.of(), null), registrar);
        String application = placingApplications.apply(RoundId.of(RANKED_ROUND), new ApplicationInput(null, "luh", 6, 6, "1.7",
                Map.of("en", "C1")), lea).id().value();
        String enrolment = enrollingLearners.enrol(RoundId.of(OPEN_ROUND), null, lea).id();
        String achievement = achievements.record(new AchievementInput(leaId.value(), null, null, "luh:mc-machine-learning",
                "2025-07-14", "de", "1.3", "5", "project", true, true, "EX-LEA-1"), registrar, "api").id();
        String recognition = recognitions.request(new RecognitionInput(null, achievement, null, null, null, null,
                "micro-credential", "luh:mc-ai-ethics", null, null), lea).id();
        return new LearnerData(leaId, erasable, application, achievement, enrolment, recognition);
    }

    public static Map<String, Object> mc(String id, String title, String module) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", Map.of("en", title));
        m.put("modules", List.of(module));
        m.put("creditPoints", 5);
        m.put("eqfLevel", 7);
        m.put("learningOutcomes", List.of(Map.of("en", "Plan a robot cell for a production line.")));
        m.put("mode", "blended");
        m.put("assessment", "project");
        m.put("languages", List.of("en"));
        m.put("skills", List.of("http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40"));
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
