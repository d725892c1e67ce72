package org.microdegree.credentials;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.CertificateKind;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.Text;

/** Lea's certificates, as the worked example has them. */
final class CertificateFixtures {

    static final CertificateContent.AwardingBody LUH = new CertificateContent.AwardingBody("luh",
            Text.of("Leibniz University Hannover", "Leibniz Universität Hannover"), "DE", "D HANNOVE01", "https://www.uni-hannover.de");

    private CertificateFixtures() {
    }

    static CertificateContent machineLearningMc() {
        return new CertificateContent("6f1c1d52-0c59-4d3e-9d5c-3d7f9e3b2a10", CertificateKind.MICRO_CREDENTIAL, "micro-credential", "luh:mc-machine-learning",
                1,
                new CertificateContent.Learner("lea", "Lea Schütz", "10023456"), Text.of("Machine Learning", "Maschinelles Lernen"),
                Text.en("Foundations of machine learning"), List.of(LUH), Instant.parse("2026-11-30T10:00:00Z"), LocalDate.parse("2026-09-30"),
                List.of(Text.of("Train and evaluate supervised models", "Überwachte Modelle trainieren und bewerten")), CreditPoints.of(5), EqfLevel.of(6),
                "written-exam", "blended", "Internal QA of Leibniz University Hannover (system accreditation)",
                List.of("http://data.europa.eu/esco/skill/22c45bf7-e52b-475f-847b-c32a87f65a5d"), "0613", List.of("en", "de"),
                Text.en("Programming in Python"), "supervised-with-identity-verification", "1.7", "integrated-stackable", "luh:md-ai",
                null, List.of(), null);
    }

    static CertificateContent aiProgrammeMd() {
        return new CertificateContent("0b8f2f6e-4c3a-4a8e-b8a1-7f2e9d6c5b40", CertificateKind.MICRO_DEGREE, "micro-degree", "luh:md-ai-essentials", 1,
                new CertificateContent.Learner("lea", "Lea Schütz", "10023456"), Text.of("AI Essentials", "KI-Grundlagen"), null, List.of(LUH),
                Instant.parse("2026-11-30T10:00:00Z"), LocalDate.parse("2026-09-30"),
                List.of(Text.en("Train and evaluate supervised models"), Text.en("Assess AI systems against ethical principles")),
                CreditPoints.of(10), EqfLevel.of(6), "written-exam, project", "blended", "Internal QA of Leibniz University Hannover",
                List.of(), null, List.of("en"), null, null, null, "integrated-stackable", null, null,
                List.of(new CertificateContent.Component("luh:mc-machine-learning", Text.en("Machine Learning"), CreditPoints.of(5), true, true, LUH),
                        new CertificateContent.Component("luh:mc-ai-ethics", Text.en("AI Ethics"), CreditPoints.of(5), false, true, LUH)),
                "luh:sp-msc-cs");
    }
}
