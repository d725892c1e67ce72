package org.microdegree.web.pages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.AuditReport;
import org.microdegree.catalog.CatalogueTitles;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.RecognitionCase;
import org.microdegree.shared.Days;
import org.springframework.context.MessageSource;

/**
 * A programme's audit as a worksheet, the way degree-audit sheets read: each requirement on its
 * own line, indented under the group it belongs to, ticked when met, with the result (title, day,
 * grade) or the recognition that fulfils it, or what is still open.
 */
final class AuditWorksheet {

    /** One line: how deep it sits, whether it is met, what it asks for, and what fulfils it (or why it is open). */
    record Line(int depth, boolean met, String requirement, @Nullable String fulfilledBy) {}

    private final Map<String, Achievement> achievements;
    private final Map<String, RecognitionCase> recognitions;
    private final CatalogueTitles titles;
    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter day;

    AuditWorksheet(List<Achievement> achievements, List<RecognitionCase> recognitions, CatalogueTitles titles, MessageSource messages,
            Locale locale) {
        this.achievements = achievements.stream().collect(Collectors.toMap(Achievement::id, Function.identity()));
        this.recognitions = recognitions.stream().collect(Collectors.toMap(RecognitionCase::id, Function.identity()));
        this.titles = titles;
        this.messages = messages;
        this.locale = locale;
        this.day = Days.formatter(locale);
    }

    /** Each programme's worksheet, by programme id. */
    Map<String, List<Line>> of(List<AuditReport> reports) {
        return reports.stream().collect(Collectors.toMap(AuditReport::programme, this::lines, (a, b) -> a));
    }

    List<Line> lines(AuditReport report) {
        List<Line> out = new ArrayList<>();
        for (AuditReport.Node n : report.nodes()) {
            int depth = (int) n.path().chars().filter(c -> c == '[').count();
            if (n.unit() == null) {
                out.add(new Line(depth, n.met(), group(n), null));
                continue;
            }
            String by;
            if (!n.evidence().isEmpty()) {
                by = n.evidence().stream().map(e -> evidence(e, n.unit())).collect(Collectors.joining("; "));
            } else if (n.met()) {
                by = null;
            } else if (report.completedMicroCredentials().contains(n.unit())) {
                by = text("me.sheet.freeForOthers");
            } else {
                by = text(n.open() ? "me.sheet.open" : "me.sheet.notNeeded");
            }
            out.add(new Line(depth, n.met(), titles.of(n.unit()), by));
        }
        return out;
    }

    /** A group in words: all of its parts, some of them, enough credit points, or a share from each partner. */
    private String group(AuditReport.Node n) {
        String needs = n.needs() == null ? "" : n.needs();
        String what = switch (n.type()) {
            case "allOf" -> text("me.sheet.allOf");
            case "atLeast" -> needs.contains(" of ") ? text("me.sheet.atLeast", needs.split(" of ")[0], needs.split(" of ")[1]) : text("me.sheet.some");
            case "minCredits" -> text("me.sheet.minCredits", needs.replace(" CP", ""));
            case "quota" -> text("me.sheet.quota", needs.replaceAll("(\\d+) from (\\S+?)(,|$)", "$1 × $2$3").toUpperCase(Locale.ROOT));
            case "programme" -> text("me.sheet.programme");
            default -> n.type();
        };
        return n.label() == null ? what : n.label() + ": " + what;
    }

    /** A result, named only where it is for another unit than the requirement's (a module's for its micro-credential). */
    private String evidence(String id, String unit) {
        Achievement a = achievements.get(id);
        if (a != null) {
            return a.item().value().equals(unit)
                    ? text("me.sheet.passed", day.format(a.achievedOn()), a.grade().value())
                    : text("me.sheet.result", titles.of(a.item().value()), day.format(a.achievedOn()), a.grade().value());
        }
        RecognitionCase r = recognitions.get(id);
        if (r != null) {
            return text("me.sheet.recognised", r.externalTitle() == null ? "" : r.externalTitle(),
                    r.creditedCreditPoints() == null ? "" : r.creditedCreditPoints().stripTrailingZeros().toPlainString());
        }
        return text("me.sheet.recorded");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
