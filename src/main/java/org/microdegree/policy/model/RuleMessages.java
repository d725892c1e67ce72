package org.microdegree.policy.model;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.Text;

/**
 * The rules' messages in English and German from the bundles {@code policy/messages*.properties},
 * with named values filled in ({@code The micro-degree has {cp} CP}) and numbers written the way
 * each language writes them (7.5 CP, 7,5 LP).
 */
public final class RuleMessages {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle EN = ResourceBundle.getBundle("policy.messages", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle DE = ResourceBundle.getBundle("policy.messages", Locale.GERMAN, NO_FALLBACK);
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private RuleMessages() {
    }

    /** The message {@code key} in both languages; throws when the English bundle lacks it. */
    public static Text render(String key, Map<String, ?> values) {
        String en = template(EN, "en", key).fill(values, Locale.ENGLISH);
        Template de = template(DE, "de", key);
        return Text.of(en, de.fill(values, Locale.GERMAN));
    }

    /** The key prefix of a rule's messages: its check, or for an EU element {@code eu-element.<element>}. */
    public static String base(Rule rule) {
        return rule.check() == Check.EU_ELEMENT ? "eu-element." + rule.choice("element") : rule.check().code();
    }

    /**
     * The key of what the rule asks for ({@code md-credits-range.title}); where an optional
     * parameter is left out, {@code .title-without-<parameter>}.
     */
    public static String titleKey(Rule rule) {
        for (Parameter p : rule.check().parameters()) {
            if (!p.required() && !rule.parameters().containsKey(p.name())) {
                return base(rule) + ".title-without-" + p.name();
            }
        }
        return base(rule) + ".title";
    }

    /** What the rule asks for, with its parameters filled in. */
    public static Text title(Rule rule) {
        return render(titleKey(rule), rule.parameters());
    }

    private static Template template(ResourceBundle bundle, String lang, String key) {
        return TEMPLATES.computeIfAbsent(lang + ":" + key, k -> {
            try {
                return Template.parse(bundle.getString(key));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("message '" + key + "' is missing from policy/messages" + ("de".equals(lang) ? "_de" : "") + ".properties");
            }
        });
    }

    /** A message split once into literal text and named holes. */
    private record Template(List<String> literals, List<String> names) {
        static Template parse(String s) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int from = 0;
            while (true) {
                int open = s.indexOf('{', from);
                int close = open < 0 ? -1 : s.indexOf('}', open);
                if (close < 0) {
                    literals.add(s.substring(from));
                    return new Template(literals, names);
                }
                literals.add(s.substring(from, open));
                names.add(s.substring(open + 1, close));
                from = close + 1;
            }
        }

        String fill(Map<String, ?> values, Locale locale) {
            StringBuilder out = new StringBuilder(literals.getFirst());
            for (int i = 0; i < names.size(); i++) {
                Object v = values.get(names.get(i));
                out.append(v == null ? "{" + names.get(i) + "}" : format(v, locale)).append(literals.get(i + 1));
            }
            return out.toString();
        }
    }

    static String format(@Nullable Object value, Locale locale) {
        return switch (value) {
            case null -> "";
            case CreditPoints cp -> decimal(cp.toBigDecimal(), locale);
            case BigDecimal d -> decimal(d, locale);
            // counts (openings) grouped as the language writes them: 3,120 and 3.120
            case Long n -> NumberFormat.getIntegerInstance(locale).format(n);
            case Text t -> t.in(locale.getLanguage());
            case List<?> list -> join(list, locale);
            default -> value.toString();
        };
    }

    private static String decimal(BigDecimal d, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(false);
        return f.format(d);
    }

    /** "6 or 7", "5, 10 or 15"; German "6 oder 7". */
    private static String join(List<?> list, Locale locale) {
        String or = locale.getLanguage().equals("de") ? " oder " : " or ";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                s.append(i == list.size() - 1 ? or : ", ");
            }
            s.append(format(list.get(i), locale));
        }
        return s.toString();
    }
}
