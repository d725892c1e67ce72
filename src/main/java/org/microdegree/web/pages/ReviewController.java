package org.microdegree.web.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.microdegree.catalog.ReviewQueue;
import org.microdegree.catalog.ReviewRules;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Quality assurance's review queue: what waits for her, the longest waiting first, and her institutions' review rules. */
@Controller
@RequiredArgsConstructor
class ReviewController {

    private final ReviewQueue queue;
    private final ReviewRules rules;
    private final StaffNames names;
    private final Clock clock;

    /** A row of the queue as the page shows it. */
    record Row(String id, String title, String kind, int version, String submittedBy, String submittedOn, long days, String href) {}

    /** An institution's four-eyes rule, for the page's note. */
    record Rule(String institution, boolean fourEyes) {}

    @GetMapping("/review")
    String queue(Actor actor, Model model) {
        if (!actor.hasAnywhere(Role.QUALITY)) {
            throw new ForbiddenException("the review queue is for quality assurance");
        }
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Instant now = clock.instant();
        List<Row> rows = queue.of(actor).stream().map(w -> new Row(w.item().id().value(), w.item().title().in(lang), w.item().kind().code(),
                w.item().version(), names.of(w.submittedBy()), StudyController.when(w.submittedAt(), ZoneId.of("Europe/Berlin")),
                Duration.between(w.submittedAt(), now).toDays(), "/design/" + w.item().kind().collection() + "/" + w.item().id().value())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("rules", actor.grants().stream().filter(g -> actor.has(Role.QUALITY, g.institution())).map(g -> g.institution())
                .distinct().sorted().map(i -> new Rule(i.value(), rules.fourEyes(i))).toList());
        return "design/review";
    }
}
