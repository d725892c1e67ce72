package org.microdegree.credentials.model;

import java.util.Arrays;
import java.util.Optional;

/** What a certificate attests. */
public enum CertificateKind {
    /** A micro-credential completed. */
    MICRO_CREDENTIAL("micro-credential", "MicroCredential"),
    /** A micro-degree programme completed, with its component micro-credentials. */
    MICRO_DEGREE("micro-degree", "LearningProgram"),
    /** A confirmation of the micro-credentials completed so far in a programme not yet complete. */
    PARTIAL("partial-completion", "Certificate"),
    /** A programme awarded jointly by several institutions, each of which approved the award. */
    JOINT_DEGREE("joint-degree", "MasterDegree");

    private final String code;
    private final String achievementType;

    CertificateKind(String code, String achievementType) {
        this.code = code;
        this.achievementType = achievementType;
    }

    public String code() {
        return code;
    }

    /** The Open Badges 3.0 AchievementType. */
    public String achievementType() {
        return achievementType;
    }

    public static Optional<CertificateKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
