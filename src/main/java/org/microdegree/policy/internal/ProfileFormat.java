package org.microdegree.policy.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.policy.model.Check;
import org.microdegree.policy.model.Rule;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.policy.model.Severity;
import org.microdegree.policy.model.Source;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Rule profiles as documents (the shipped YAML files, stored JSON, API bodies): every problem is
 * reported with its path ({@code rules[3].parameters.max}) and nothing half-read is returned.
 */
public final class ProfileFormat {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ProfileFormat() {
    }

    public static RuleProfile readYaml(String source, byte[] content) {
        return read(parse(YAML, source, content), null);
    }

    public static RuleProfile readJson(String json) {
        return read(parse(JSON, "profile", json.getBytes(StandardCharsets.UTF_8)), null);
    }

    public static String writeJson(RuleProfile profile) {
        return JSON.writeValueAsString(toMap(profile));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(ObjectMapper mapper, String source, byte[] content) {
        try {
            Object doc = mapper.readValue(content, Object.class);
            if (!(doc instanceof Map)) {
                throw InvalidInputException.of("", source + ": a rule profile is a mapping with id, title and rules");
            }
            return (Map<String, Object>) doc;
        } catch (JacksonException e) {
            throw InvalidInputException.of("", source + ": " + e.getOriginalMessage());
        }
    }

    /**
     * A profile from its document; {@code overrides} (e.g. from an API body) may set {@code id},
     * {@code owner} and {@code basedOn}.
     */
    public static RuleProfile read(Map<String, ?> doc, @Nullable Map<String, Object> overrides) {
        Map<String, Object> d = new LinkedHashMap<>(doc);
        if (overrides != null) {
            d.putAll(overrides);
        }
        List<Violation> problems = new ArrayList<>();
        String id = string(d, "id", "", problems, true);
        int version = d.get("version") == null ? 1 : integer(d.get("version"), "version", problems);
        Text title = text(d.get("title"), "title", problems, true);
        Text description = text(d.get("description"), "description", problems, false);
        String document = string(d, "document", "", problems, false);
        List<Rule> rules = new ArrayList<>();
        Object rawRules = d.get("rules");
        if (!(rawRules instanceof List<?> list) || list.isEmpty()) {
            problems.add(Violation.at("rules", "required: a list of rules"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                String path = "rules[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> r)) {
                    problems.add(Violation.at(path, "a rule is a mapping with name, severity and parameters"));
                    continue;
                }
                Rule rule = rule(asStringMap(r), path, document, problems);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        for (String key : d.keySet()) {
            if (!List.of("id", "version", "title", "description", "document", "owner", "basedOn", "rules").contains(key)) {
                problems.add(Violation.at(key, "unknown field; a profile has id, version, title, description, document, owner, basedOn and rules"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return new RuleProfile(id, version, title, description, (String) d.get("owner"), (String) d.get("basedOn"), rules);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(e.getMessage().startsWith("a profile id") ? "id" : "rules", e.getMessage());
        }
    }

    private static @Nullable Rule rule(Map<String, Object> r, String path, String document, List<Violation> problems) {
        int before = problems.size();
        String name = string(r, "name", path + ".", problems, true);
        if (!name.isEmpty() && !RuleProfile.ID.matcher(name).matches()) {
            problems.add(Violation.at(path + ".name", "a rule name has lower-case letters, digits and hyphens, e.g. md-credits-range"));
        }
        String checkCode = r.get("check") == null ? name : r.get("check").toString();
        Check check = Check.fromCode(checkCode).orElse(null);
        if (check == null) {
            problems.add(Violation.at(path + (r.get("check") == null ? ".name" : ".check"), "unknown check '" + checkCode + "'; the checks are "
                    + String.join(", ", Arrays.stream(Check.values()).map(Check::code).toList())));
        }
        Object sev = r.getOrDefault("severity", "error");
        Severity severity = Severity.fromCode(String.valueOf(sev)).orElse(null);
        if (severity == null) {
            problems.add(Violation.at(path + ".severity", "expected error or warning, got '" + sev + "'"));
        }
        Map<String, Object> params = Map.of();
        if (r.get("parameters") instanceof Map<?, ?> p) {
            params = asStringMap(p);
        } else if (r.get("parameters") != null) {
            problems.add(Violation.at(path + ".parameters", "a mapping of parameter names to values"));
        }
        Source source;
        Object src = r.get("source");
        if (src instanceof Map<?, ?> s) {
            source = new Source(String.valueOf(s.get("document")), s.get("point") == null ? null : s.get("point").toString());
        } else if (src != null && !document.isEmpty()) {
            source = new Source(document, src.toString());
        } else {
            problems.add(Violation.at(path + ".source", "required: the document and the point the rule comes from"));
            source = null;
        }
        if (check != null) {
            Rule.parameterProblems(check, params).forEach((param, reason) -> problems.add(Violation.at(path + ".parameters." + param, reason)));
        }
        for (String key : r.keySet()) {
            if (!List.of("name", "check", "severity", "parameters", "source").contains(key)) {
                problems.add(Violation.at(path + "." + key, "unknown field; a rule has name, check, severity, parameters and source"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return Rule.of(name, check, severity, params, source);
    }

    /** The document of a profile, as stored and as the API returns it. */
    public static Map<String, Object> toMap(RuleProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("title", text(p.title()));
        if (p.description() != null) {
            m.put("description", text(p.description()));
        }
        if (p.owner() != null) {
            m.put("owner", p.owner());
        }
        if (p.basedOn() != null) {
            m.put("basedOn", p.basedOn());
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : p.rules()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("name", r.name());
            rm.put("check", r.check().code());
            rm.put("severity", r.severity().code());
            if (!r.parameters().isEmpty()) {
                rm.put("parameters", r.writtenParameters());
            }
            Map<String, Object> src = new LinkedHashMap<>();
            src.put("document", r.source().document());
            if (r.source().point() != null) {
                src.put("point", r.source().point());
            }
            rm.put("source", src);
            rules.add(rm);
        }
        m.put("rules", rules);
        return m;
    }

    private static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>(t.versions());
        return m;
    }

    private static Map<String, Object> asStringMap(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String string(Map<String, ?> m, String key, String prefix, List<Violation> problems, boolean required) {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                problems.add(Violation.at(prefix + key, "required"));
            }
            return "";
        }
        if (v instanceof Map || v instanceof List) {
            problems.add(Violation.at(prefix + key, "expected a text"));
            return "";
        }
        return v.toString();
    }

    private static int integer(Object v, String path, List<Violation> problems) {
        try {
            return Integer.parseInt(v.toString());
        } catch (NumberFormatException e) {
            problems.add(Violation.at(path, "expected a whole number"));
            return 1;
        }
    }

    private static @Nullable Text text(@Nullable Object v, String path, List<Violation> problems, boolean required) {
        if (v == null) {
            if (required) {
                problems.add(Violation.at(path, "required: {en: ..., de: ...}"));
            }
            return null;
        }
        if (v instanceof String s && !s.isBlank()) {
            return Text.en(s);
        }
        if (v instanceof Map<?, ?> m && m.get("en") != null && !m.get("en").toString().isBlank()) {
            return Text.of(m.get("en").toString(), m.get("de") == null ? null : m.get("de").toString());
        }
        problems.add(Violation.at(path, "expected a text with an English version: {en: ..., de: ...}"));
        return null;
    }
}
