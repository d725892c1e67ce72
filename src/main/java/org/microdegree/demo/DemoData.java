package org.microdegree.demo;

import lombok.RequiredArgsConstructor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.conformance.Conformance;
import org.microdegree.shared.Actor;
import org.microdegree.catalog.ImportResult;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.Learners;
import org.microdegree.labour.LabourMarket;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.results.Recognitions;
import org.microdegree.admissions.SelectingApplicants;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** In demo mode, loads the worked example before the server accepts requests. */
@Component
@ConditionalOnProperty("microdegree.demo")
@RequiredArgsConstructor
class DemoData implements SmartInitializingSingleton {

    static final String EXAMPLE = "/examples/luh-worked-example.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo's password for every demo account (listed in the README); demo mode only. */
    static final String DEMO_PASSWORD = "microdegree";

    /** One account per role at LUH, and partner staff of the joint Master at LUT. */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@luh.example", "Alex Admin", Role.ADMIN, "luh"),
            new DemoAccount("designer@luh.example", "Dana Designer", Role.DESIGNER, "luh"),
            new DemoAccount("quality@luh.example", "Quinn Quality", Role.QUALITY, "luh"),
            new DemoAccount("registrar@luh.example", "Robin Registrar", Role.REGISTRAR, "luh"),
            new DemoAccount("learner@luh.example", "Lea Learner", Role.LEARNER, "luh"),
            new DemoAccount("designer@lut.example", "Lauri Designer", Role.DESIGNER, "lut"),
            new DemoAccount("quality@lut.example", "Lotta Quality", Role.QUALITY, "lut"));

    record DemoAccount(String email, String name, Role role, String institution) {}

    private final Catalogue catalogue;
    private final Conformance conformance;
    private final Accounts accounts;
    private final Learners learners;
    private final ApplicationRounds applicationRounds;
    private final PlacingApplications placingApplications;
    private final SelectingApplicants selectingApplicants;
    private final EnrollingLearners enrollingLearners;
    private final Achievements achievements;
    private final Recognitions recognitions;
    private final LabourMarket labourMarket;

    @Override
    public void afterSingletonsInstantiated() {
        try (InputStream in = DemoData.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE + " is missing from the build");
            }
            ImportResult result = catalogue.importBundle("luh-worked-example.yaml", in.readAllBytes(), BundleSyntax.YAML, "demo");
            log.info("Worked example: {}", result.summary());
            try (InputStream figures = DemoData.class.getResourceAsStream(LabourMarket.SAMPLE)) {
                if (figures == null) {
                    throw new IllegalStateException(LabourMarket.SAMPLE + " is missing from the build");
                }
                log.info("Labour-market figures (the illustrative sample): {}",
                        labourMarket.importCsv("sample-figures.csv", figures.readAllBytes(), Actor.operator("demo")));
            }
            // LUH checks its designs as its own micro-degree model and the EU Recommendation ask, so that the live check means something
            conformance.adopt("luh", List.of("luh-2023", "eu-2022"), Actor.operator("demo"));
            for (DemoAccount a : ACCOUNTS) {
                accounts.createDemo(a.email(), a.name(), DEMO_PASSWORD, Set.of(Grant.of(a.role(), a.institution())));
            }
            log.info("Demo accounts: {}, listed in the README", ACCOUNTS.size());
            DemoLearners.load(learners, applicationRounds, placingApplications, selectingApplicants, enrollingLearners, achievements, recognitions);
            log.info("Demo learners: {} with a selected power programme, open rounds, results and recognition cases",
                    DemoLearners.APPLICANTS.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
