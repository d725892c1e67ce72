package org.microdegree.search.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.search.SearchResult;

/**
 * When one can start each item, from the application rounds not yet closed: open now (the round
 * closing first), else the next round to open, else on demand (no round: enrolment any time). Valid
 * until the first round opens or closes.
 */
public final class Offerings {

    /** An item's offering: its code, the round deciding it, and the key "start" sorts by. */
    public record Offering(String code, SearchResult.@Nullable Round round, long start) {}

    private static final Offering ON_DEMAND = new Offering("on-demand", null, Long.MAX_VALUE);

    private final Map<String, Offering> byItem = new HashMap<>();
    private final Instant validUntil;

    public Offerings(List<ApplicationRound> rounds, Instant now) {
        Instant until = Instant.MAX;
        Map<String, ApplicationRound> open = new HashMap<>();
        Map<String, ApplicationRound> next = new HashMap<>();
        for (ApplicationRound r : rounds) {
            String key = key(r.itemKind().code(), r.item().value());
            boolean isOpen = !r.opensAt().isAfter(now) && !r.closesAt().isBefore(now);
            if (isOpen) {
                open.merge(key, r, (a, b) -> a.closesAt().isBefore(b.closesAt()) ? a : b);
            } else if (r.opensAt().isAfter(now)) {
                next.merge(key, r, (a, b) -> a.opensAt().isBefore(b.opensAt()) ? a : b);
            }
            Instant change = r.opensAt().isAfter(now) ? r.opensAt() : r.closesAt().plusSeconds(1);
            until = change.isBefore(until) ? change : until;
        }
        next.forEach((k, r) -> byItem.put(k, offering("next", r)));
        open.forEach((k, r) -> byItem.put(k, offering("open", r)));
        this.validUntil = until;
    }

    private static Offering offering(String code, ApplicationRound r) {
        return new Offering(code, new SearchResult.Round(r.id().value(), r.opensAt(), r.closesAt(), r.zone().getId()), r.opensAt().getEpochSecond());
    }

    public Offering of(String kind, String id) {
        return byItem.getOrDefault(key(kind, id), ON_DEMAND);
    }

    /** The first moment an offering changes by time alone (a round opens or closes). */
    public Instant validUntil() {
        return validUntil;
    }

    private static String key(String kind, String id) {
        return kind + ' ' + id;
    }
}
