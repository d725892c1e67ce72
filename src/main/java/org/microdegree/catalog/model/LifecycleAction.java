package org.microdegree.catalog.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.microdegree.shared.Coded;

/** The steps of the review workflow; reject also withdraws an approval that has not been published. */
public enum LifecycleAction implements Coded {
    SUBMIT("submit", EnumSet.of(LifecycleStatus.DRAFT), LifecycleStatus.IN_REVIEW),
    REJECT("reject", EnumSet.of(LifecycleStatus.IN_REVIEW, LifecycleStatus.APPROVED), LifecycleStatus.DRAFT),
    APPROVE("approve", EnumSet.of(LifecycleStatus.IN_REVIEW), LifecycleStatus.APPROVED),
    /** Make an approved item public before it opens, e.g. next year's programme. */
    ANNOUNCE("announce", EnumSet.of(LifecycleStatus.APPROVED), LifecycleStatus.ANNOUNCED),
    PUBLISH("publish", EnumSet.of(LifecycleStatus.APPROVED, LifecycleStatus.ANNOUNCED), LifecycleStatus.PUBLISHED),
    /** Retiring an announced item withdraws the announcement. */
    RETIRE("retire", EnumSet.of(LifecycleStatus.ANNOUNCED, LifecycleStatus.PUBLISHED), LifecycleStatus.RETIRED);

    private final String code;
    private final Set<LifecycleStatus> from;
    private final LifecycleStatus to;

    LifecycleAction(String code, Set<LifecycleStatus> from, LifecycleStatus to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    @Override
    public String code() {
        return code;
    }

    public Set<LifecycleStatus> from() {
        return from;
    }

    public LifecycleStatus to() {
        return to;
    }

    /** The status after this action, or empty when the action is not allowed from {@code current}. */
    public Optional<LifecycleStatus> applyTo(LifecycleStatus current) {
        return from.contains(current) ? Optional.of(to) : Optional.empty();
    }
}
