package org.microdegree.policy.model;

import static org.microdegree.policy.model.Parameter.Type.COUNT;
import static org.microdegree.policy.model.Parameter.Type.CREDITS;
import static org.microdegree.policy.model.Parameter.Type.LEVELS;
import static org.microdegree.policy.model.Parameter.Type.NUMBER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of check a rule can make. A profile's rule names one of them and gives its
 * parameters; the catalogue evaluates it. Profiles are data, these are the vocabulary.
 */
public enum Check {
    MC_CREDITS_RANGE("mc-credits-range", EnumSet.of(Subject.MICRO_CREDENTIAL),
            Parameter.required("min", CREDITS), Parameter.optional("max", CREDITS)),
    MC_CREDITS_AVERAGE("mc-credits-average", EnumSet.of(Subject.MICRO_CREDENTIAL),
            Parameter.required("average", CREDITS), Parameter.required("factor", NUMBER)),
    MC_CREDITS_SUM_OF_MODULES("mc-credits-sum-of-modules", EnumSet.of(Subject.MICRO_CREDENTIAL)),
    MD_CREDITS_RANGE("md-credits-range", EnumSet.of(Subject.MICRO_DEGREE),
            Parameter.required("min", CREDITS), Parameter.optional("max", CREDITS)),
    MD_CREDITS_REACHABLE("md-credits-reachable", EnumSet.of(Subject.MICRO_DEGREE)),
    MD_MICRO_CREDENTIALS("md-micro-credentials", EnumSet.of(Subject.MICRO_DEGREE), Parameter.required("min", COUNT)),
    MD_QUOTA_TOTAL("md-quota-total", EnumSet.of(Subject.MICRO_DEGREE)),
    MD_LABOUR_MARKET_RATIONALE("md-labour-market-rationale", EnumSet.of(Subject.MICRO_DEGREE)),
    EQF_LEVELS("eqf-levels", EnumSet.allOf(Subject.class), Parameter.required("levels", LEVELS)),
    LEARNING_OUTCOMES("learning-outcomes", EnumSet.of(Subject.MICRO_CREDENTIAL), Parameter.required("min", COUNT)),
    ASSESSMENT("assessment", EnumSet.of(Subject.MICRO_CREDENTIAL)),
    ESCO_SKILLS("esco-skills", EnumSet.of(Subject.MICRO_CREDENTIAL), Parameter.required("min", COUNT)),
    RESPONSIBLE_INSTITUTION("responsible-institution", EnumSet.allOf(Subject.class)),
    COUNSELLING_CONTACT("counselling-contact", EnumSet.allOf(Subject.class)),
    /** Not Annex I: a European Digital Credential is sealed for an awarding body known by its legal identifier. */
    EDC_LEGAL_IDENTIFIER("edc-legal-identifier", EnumSet.allOf(Subject.class)),
    /** One mandatory element of Annex I of the EU Council Recommendation, derivable for the certificate. */
    EU_ELEMENT("eu-element", EnumSet.allOf(Subject.class), Parameter.choice("element", EuElement.codes()));

    private final String code;
    private final Set<Subject> subjects;
    private final List<Parameter> parameters;

    Check(String code, Set<Subject> subjects, Parameter... parameters) {
        this.code = code;
        this.subjects = Set.copyOf(subjects);
        this.parameters = List.of(parameters);
    }

    public String code() {
        return code;
    }

    public Set<Subject> subjects() {
        return subjects;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static Optional<Check> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The Annex I elements a design can miss; learner and date of issuing come with the award itself. */
    public enum EuElement {
        TITLE("title", 2),
        COUNTRY_OF_ISSUER("country-of-issuer", 3),
        AWARDING_BODY("awarding-body", 4),
        LEARNING_OUTCOMES("learning-outcomes", 6),
        WORKLOAD("workload", 7),
        LEVEL("level", 8),
        ASSESSMENT_TYPE("assessment-type", 9),
        FORM_OF_PARTICIPATION("form-of-participation", 10),
        QUALITY_ASSURANCE("quality-assurance", 11);

        private final String code;
        private final int annexPoint;

        EuElement(String code, int annexPoint) {
            this.code = code;
            this.annexPoint = annexPoint;
        }

        public String code() {
            return code;
        }

        /** The number of the element in Annex I, part I. */
        public int annexPoint() {
            return annexPoint;
        }

        public static EuElement fromCode(String code) {
            return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown EU element " + code));
        }

        static String[] codes() {
            return Arrays.stream(values()).map(EuElement::code).toArray(String[]::new);
        }
    }
}
