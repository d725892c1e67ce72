package org.microdegree.catalog.model;

import java.util.Optional;

/** The steps of the review workflow; reject also withdraws an approval that has not been published. */
public enum LifecycleAction implements Coded {
    SUBMIT("submit", java.util.EnumSet.of(LifecycleStatus.DRAFT), LifecycleStatus.IN_REVIEW),
    REJECT("reject", java.util.EnumSet.of(LifecycleStatus.IN_REVIEW, LifecycleStatus.APPROVED), LifecycleStatus.DRAFT),
    APPROVE("approve", java.util.EnumSet.of(LifecycleStatus.IN_REVIEW), LifecycleStatus.APPROVED),
    PUBLISH("publish", java.util.EnumSet.of(LifecycleStatus.APPROVED), LifecycleStatus.PUBLISHED),
    RETIRE("retire", java.util.EnumSet.of(LifecycleStatus.PUBLISHED), LifecycleStatus.RETIRED);

    private final String code;
    private final java.util.Set<LifecycleStatus> from;
    private final LifecycleStatus to;

    LifecycleAction(String code, java.util.Set<LifecycleStatus> from, LifecycleStatus to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    @Override
    public String code() {
        return code;
    }

    public java.util.Set<LifecycleStatus> from() {
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
