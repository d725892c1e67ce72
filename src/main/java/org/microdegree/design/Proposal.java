package org.microdegree.design;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.design.building.JointMaster;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A joint Master proposed to the partner universities: the composition as proposed (the partners
 * decide on exactly this), and each partner's decisions in order.
 *
 * @param partners the institutions besides the proposer whose micro-credentials it takes or whose quota it names
 */
public record Proposal(ProposalId id, ItemId programme, Text title, String proposer, List<String> partners, String proposedBy,
        Instant proposedAt, JointMaster.Report composition, List<Decision> decisions, @Nullable Instant importedAt) {

    /** Where the negotiation stands. */
    public enum Status {
        /** Some partner has not decided yet, and none objects. */
        OPEN,
        /** Every partner approves. */
        AGREED,
        /** A partner objects (its latest decision). */
        OBJECTED,
        /** Agreed and imported as drafts by the proposer. */
        IMPORTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Verdict {
        APPROVE, OBJECT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static @Nullable Verdict fromCode(@Nullable String code) {
            for (Verdict v : values()) {
                if (v.code().equals(code)) {
                    return v;
                }
            }
            return null;
        }
    }

    public record Decision(String institution, Verdict verdict, @Nullable String comment, String decidedBy, Instant decidedAt) {}

    /** Each partner's latest decision, in the order of the partners; a partner without one is missing. */
    public Map<String, Decision> latest() {
        Map<String, Decision> out = new LinkedHashMap<>();
        for (String p : partners) {
            decisions.stream().filter(d -> d.institution().equals(p)).reduce((a, b) -> b).ifPresent(d -> out.put(p, d));
        }
        return out;
    }

    public Status status() {
        if (importedAt != null) {
            return Status.IMPORTED;
        }
        Map<String, Decision> latest = latest();
        if (latest.values().stream().anyMatch(d -> d.verdict() == Verdict.OBJECT)) {
            return Status.OBJECTED;
        }
        return latest.size() == partners.size() ? Status.AGREED : Status.OPEN;
    }
}
