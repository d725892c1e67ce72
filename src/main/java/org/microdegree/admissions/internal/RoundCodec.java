package org.microdegree.admissions.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.microdegree.admissions.model.ApplicantProfile;
import org.microdegree.admissions.model.Cefr;
import org.microdegree.admissions.model.EligibilityCriterion;
import org.microdegree.admissions.model.Ranking;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.jdbc.JsonColumns;

/** The JSON kept for a round's conditions and an application's profile, and the same shapes over the API. */
public final class RoundCodec {

    private RoundCodec() {
    }

    public record Conditions(List<EligibilityCriterion> eligibility, List<String> documents, Ranking ranking) {}

    public static Map<String, Object> criterion(EligibilityCriterion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (c) {
            case EligibilityCriterion.EnrolledInMasterAt e -> {
                m.put("type", "enrolled-in-master-at");
                m.put("institutions", new TreeSet<>(e.institutions().stream().map(InstitutionId::value).toList()));
            }
            case EligibilityCriterion.PriorDegreeAtLeast p -> {
                m.put("type", "prior-degree-at-least");
                m.put("eqf", p.eqf());
            }
            case EligibilityCriterion.LanguageAtLeast l -> {
                m.put("type", "language-at-least");
                m.put("language", l.language());
                m.put("level", l.level().name());
            }
        }
        return m;
    }

    public static String writeConditions(Conditions c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eligibility", c.eligibility().stream().map(RoundCodec::criterion).toList());
        m.put("documents", c.documents());
        m.put("ranking", Map.of("priorGrade", c.ranking().priorGradeWeight(), "reviews", c.ranking().reviewWeight()));
        return JsonColumns.write(m);
    }

    @SuppressWarnings("unchecked")
    public static Conditions readConditions(String json) {
        Map<String, Object> m = JsonColumns.read(json);
        List<EligibilityCriterion> criteria = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) m.getOrDefault("eligibility", List.of())) {
            criteria.add(switch ((String) c.get("type")) {
                case "enrolled-in-master-at" -> new EligibilityCriterion.EnrolledInMasterAt(new TreeSet<>(
                        ((List<String>) c.get("institutions")).stream().map(InstitutionId::of).toList()));
                case "prior-degree-at-least" -> new EligibilityCriterion.PriorDegreeAtLeast(((Number) c.get("eqf")).intValue());
                default -> new EligibilityCriterion.LanguageAtLeast((String) c.get("language"), Cefr.valueOf((String) c.get("level")));
            });
        }
        Map<String, Object> r = (Map<String, Object>) m.getOrDefault("ranking", Map.of());
        return new Conditions(criteria, (List<String>) m.getOrDefault("documents", List.of()),
                new Ranking(num(r.get("priorGrade")), num(r.get("reviews"))));
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    public static Map<String, Object> profile(ApplicantProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("homeInstitution", p.homeInstitution() == null ? null : p.homeInstitution().value());
        m.put("enrolledEqf", p.enrolledEqf());
        m.put("priorDegreeEqf", p.priorDegreeEqf());
        m.put("priorGrade", p.priorGrade() == null ? null : p.priorGrade().toPlainString());
        Map<String, String> languages = new TreeMap<>();
        p.languages().forEach((k, v) -> languages.put(k, v.name()));
        m.put("languages", languages);
        return m;
    }

    @SuppressWarnings("unchecked")
    public static ApplicantProfile readProfile(String json) {
        Map<String, Object> m = JsonColumns.read(json);
        Map<String, Cefr> languages = new TreeMap<>();
        ((Map<String, String>) m.getOrDefault("languages", Map.of())).forEach((k, v) -> languages.put(k, Cefr.valueOf(v)));
        return new ApplicantProfile(m.get("homeInstitution") == null ? null : InstitutionId.of((String) m.get("homeInstitution")),
                m.get("enrolledEqf") == null ? null : ((Number) m.get("enrolledEqf")).intValue(),
                m.get("priorDegreeEqf") == null ? null : ((Number) m.get("priorDegreeEqf")).intValue(),
                m.get("priorGrade") == null ? null : new BigDecimal((String) m.get("priorGrade")), languages);
    }
}
