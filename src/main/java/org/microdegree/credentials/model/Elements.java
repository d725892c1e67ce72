package org.microdegree.credentials.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microdegree.shared.Days;
import org.microdegree.shared.Text;

/**
 * The EU elements of a certificate as labelled lines, in the order of Annex I: what the PDF and
 * the verification page show (labels from the message bundles under {@code cert.element.*}).
 */
public final class Elements {

    /** One element: its message key, and its value in the language asked for. */
    public record Element(String key, boolean mandatory, String value) {}

    private Elements() {
    }

    public static List<Element> of(CertificateContent c, String language) {
        List<Element> out = new ArrayList<>();
        out.add(new Element("learner", true, c.learner().name() + (c.learner().studentNumber() == null ? "" : " (" + c.learner().studentNumber() + ")")));
        out.add(new Element("title", true, c.title().in(language)));
        out.add(new Element("country", true,
                c.awardingBodies().stream().map(CertificateContent.AwardingBody::country).distinct().collect(Collectors.joining(", "))));
        out.add(new Element("awardingBody", true, c.awardingBodies().stream().map(b -> b.name().in(language)).collect(Collectors.joining("; "))));
        out.add(new Element("issued", true, c.issued().atZone(ZoneOffset.UTC).toLocalDate().toString()));
        out.add(new Element("learningOutcomes", true, c.learningOutcomes().stream().map(t -> "- " + t.in(language)).collect(Collectors.joining("\n"))));
        out.add(new Element("workload", true, c.workload() + " ECTS"));
        String framework = c.issuer().branding().nationalFramework();
        // the German DQR takes the EQF's eight levels one to one (joint German EQF/DQR referencing report, 2011)
        // Annex I asks for the level "where applicable": a provider may state none
        out.add(c.level() == null
                ? new Element("level", false, "not stated")
                : new Element("level", true,
                        "eqf:" + c.level().level() + (framework == null ? "" : ", " + framework.toLowerCase(Locale.ROOT) + ":" + c.level().level())));
        out.add(new Element("assessment", true, c.assessment()));
        out.add(new Element("participation", true, c.participation()));
        Text ownWords = c.issuer().branding().qualityAssurance();
        out.add(new Element("qualityAssurance", true, ownWords == null ? c.qualityAssurance() : ownWords.in(language)));
        if (c.prerequisites() != null) {
            out.add(new Element("prerequisites", false, c.prerequisites().in(language)));
        }
        if (c.supervision() != null) {
            out.add(new Element("supervision", false, c.supervision()));
        }
        if (c.grade() != null) {
            out.add(new Element("grade", false, c.grade()));
        }
        if (c.stackability() != null) {
            out.add(new Element("stackability", false, c.stackability() + (c.partOf() == null ? "" : " (" + c.partOf() + ")")));
        }
        if (c.furtherInformation() != null) {
            out.add(new Element("furtherInformation", false, c.furtherInformation()));
        }
        return out;
    }

    private static final Set<String> CODED = Set.of("assessment", "participation", "supervision", "stackability");

    /**
     * The value as a reader sees it: the day in the language's order, the level in the frameworks' own words (EQF, German EQR), vocabulary codes (assessment, participation, supervision,
     * stackability) in words, from {@code cert.code.*} messages; anything else as it is.
     *
     * @param label a message key's text, or the key itself when there is none
     */
    public static String readable(Element e, String language, Function<String, String> label) {
        if (e.key().equals("issued")) {
            return Days.of(LocalDate.parse(e.value()), Locale.forLanguageTag(language));
        }
        if (e.key().equals("level")) {
            return Arrays.stream(e.value().split(", ")).map(level -> {
                String[] framework = level.split(":");
                return label.apply("cert.level." + framework[0]).replace("{0}", framework[1]);
            }).collect(Collectors.joining(" · "));
        }
        if (!CODED.contains(e.key())) {
            return e.value();
        }
        return Arrays.stream(e.value().split(", ")).map(code -> {
            String key = "cert.code." + code;
            String text = label.apply(key);
            return text == null || text.equals(key) ? code : text;
        }).collect(Collectors.joining(", "));
    }

    /**
     * The elements Open Badges has no term for, as the achievement's criteria narrative (Markdown),
     * so that they are signed with the rest.
     */
    public static String narrative(CertificateContent c) {
        StringBuilder s = new StringBuilder();
        if (c.awardingBodies().size() > 1) {
            s.append("Awarded jointly by: ").append(c.awardingBodies().stream().map(b -> b.name().en() + " (" + b.country() + ")")
                    .collect(Collectors.joining("; "))).append("\n\n");
        }
        s.append("Learning outcomes:\n");
        c.learningOutcomes().forEach(o -> s.append("- ").append(o.en()).append('\n'));
        s.append("\nWorkload: ").append(c.workload()).append(" ECTS");
        s.append("\nLevel: ").append(c.level() == null ? "not stated" : "EQF " + c.level().level());
        s.append("\nType of assessment: ").append(c.assessment());
        s.append("\nForm of participation: ").append(c.participation());
        s.append("\nQuality assurance: ").append(c.qualityAssurance());
        if (c.prerequisites() != null) {
            s.append("\nPrerequisites: ").append(c.prerequisites().en());
        }
        if (c.supervision() != null) {
            s.append("\nSupervision and identity verification: ").append(c.supervision());
        }
        if (c.stackability() != null) {
            s.append("\nIntegration and stackability: ").append(c.stackability());
            if (c.partOf() != null) {
                s.append(" (").append(c.partOf()).append(')');
            }
        }
        if (!c.components().isEmpty()) {
            s.append("\n\nComponents:");
            for (CertificateContent.Component m : c.components()) {
                s.append("\n- ").append(m.title().en()).append(", ").append(m.creditPoints()).append(" ECTS");
                if (!m.completed()) {
                    s.append(" (not yet completed)");
                } else if (c.degree() != null) {
                    s.append(m.withinDegree() ? " (within the degree programme " + c.degree() + ")" : " (additional qualification)");
                }
            }
        }
        if (c.furtherInformation() != null) {
            s.append("\n\nFurther information: ").append(c.furtherInformation());
        }
        return s.toString();
    }
}
