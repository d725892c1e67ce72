package org.microdegree.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.microdegree.catalog.internal.jdbc.CatalogueStore;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Quality assurance's queue: the items in review that the reviewer may approve (those of her
 * institutions, a programme's partners included), the longest waiting first, with who submitted
 * them and when.
 */
@Service
@RequiredArgsConstructor
public class ReviewQueue {

    /** More than any institution has in review at once; the queue shows them all. */
    private static final int AT_MOST = 1_000;

    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final Clock clock;

    /** How far back a designer hears of the decisions on her submissions. */
    public static final Duration NEWS = Duration.ofDays(30);

    /** An item waiting for review: its submission is the journal's last "submit" of its version. */
    public record Waiting(CatalogueItem item, String submittedBy, Instant submittedAt) {}

    public List<Waiting> of(Actor actor) {
        List<Waiting> out = new ArrayList<>();
        for (CatalogueItem item : inReview(actor)) {
            List<JournalEntry> journal = catalogue.journal(item.kind(), item.id());
            JournalEntry submitted = journal.reversed().stream()
                    .filter(e -> e.version() == item.version() && e.action().equals(LifecycleAction.SUBMIT.code())).findFirst()
                    .orElse(journal.getLast());
            out.add(new Waiting(item, submitted.actor(), submitted.at()));
        }
        out.sort(Comparator.comparing(Waiting::submittedAt));
        return out;
    }

    /**
     * What quality assurance decided, in the last 30 days, on the versions she submitted (rejected
     * with the reason, approved, published), newest first: the designer's notifications.
     */
    public List<JournalEntry> decisionsOnMySubmissions(Actor actor) {
        if (actor.account() == null) {
            return List.of();
        }
        return store.decisionsOnSubmissionsOf(actor.account(), clock.instant().minus(NEWS), 20);
    }

    /** How many items wait for her review: the navigation shows it. */
    public int count(Actor actor) {
        return actor.hasAnywhere(Role.QUALITY) ? inReview(actor).size() : 0;
    }

    private List<CatalogueItem> inReview(Actor actor) {
        if (!actor.hasAnywhere(Role.QUALITY) || actor.operator()) {
            return List.of();
        }
        List<CatalogueItem> out = new ArrayList<>();
        for (ItemKind kind : List.of(ItemKind.MICRO_DEGREE, ItemKind.MICRO_CREDENTIAL, ItemKind.MODULE)) {
            for (CatalogueItem i : catalogue.<CatalogueItem>list(kind, actor, Set.of(LifecycleStatus.IN_REVIEW), null, 0, AT_MOST).items()) {
                if (catalogue.involved(i).stream().anyMatch(inst -> actor.has(Role.QUALITY, inst))) {
                    out.add(i);
                }
            }
        }
        return out;
    }
}
