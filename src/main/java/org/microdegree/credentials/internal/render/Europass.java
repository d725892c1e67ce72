package org.microdegree.credentials.internal.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Europass vocabularies our codes map to (assessment types, learning modes, supervision and
 * identity verification), and each code in words: the English of the message bundle
 * ({@code cert.code.*}), so that a machine reader sees "written examination", not {@code written-exam}.
 */
final class Europass {

    static final String SNB = "http://data.europa.eu/snb/";
    static final String MODE_SCHEME = SNB + "learning-assessment/25831c2";
    static final String ASSESSMENT_SCHEME = SNB + "assessment/25831c2";
    static final String SUPERVISION_SCHEME = SNB + "supervision-verification/25831c2";

    private static final Map<String, String> MODES = Map.of(
            "on-site", "9191af2ed9", "online", "920fbb3cbe", "blended", "e92d221e4d");
    private static final Map<String, String> ASSESSMENTS = Map.of(
            "written-exam", "6e6cb2cc78", "oral-exam", "d30284d7df", "project", "795dac4096", "portfolio", "4f03b91c0e",
            "presentation", "56539a6507", "practical-work", "6a4db9f11d", "thesis", "de4d165a6c", "continuous-assessment", "3484bd7e51");
    private static final Map<String, String> SUPERVISION = Map.of(
            "unsupervised-no-identity-verification", "c598449d64", "supervised-with-identity-verification", "70be69aaf9");

    // the base bundle, whatever the machine's default locale
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Europass() {
    }

    static @Nullable String mode(String code) {
        return uri("learning-assessment/", MODES.get(code));
    }

    static @Nullable String assessment(String code) {
        return uri("assessment/", ASSESSMENTS.get(code));
    }

    static @Nullable String supervision(String code) {
        return uri("supervision-verification/", SUPERVISION.get(code));
    }

    private static @Nullable String uri(String scheme, @Nullable String id) {
        return id == null ? null : SNB + scheme + id;
    }

    /** A code, or a list of codes ("written-exam, project"), in English words; anything else as it is. */
    static String words(String codes) {
        return Arrays.stream(codes.split(", ")).map(code -> {
            try {
                return ENGLISH.getString("cert.code." + code);
            } catch (MissingResourceException e) {
                return code;
            }
        }).collect(Collectors.joining(", "));
    }
}
