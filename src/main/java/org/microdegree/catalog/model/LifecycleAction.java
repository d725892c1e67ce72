package org.microdegree.catalog.model;

import java.util.Optional;

/** The steps of the review workflow, each allowed from exactly one status. */
public enum LifecycleAction implements Coded {
    SUBMIT("submit", LifecycleStatus.DRAFT, LifecycleStatus.IN_REVIEW),
    REJECT("reject", LifecycleStatus.IN_REVIEW, LifecycleStatus.DRAFT),
    APPROVE("approve", LifecycleStatus.IN_REVIEW, LifecycleStatus.APPROVED),
    PUBLISH("publish", LifecycleStatus.APPROVED, LifecycleStatus.PUBLISHED),
    RETIRE("retire", LifecycleStatus.PUBLISHED, LifecycleStatus.RETIRED);

    private final String code;
    private final LifecycleStatus from;
    private final LifecycleStatus to;

    LifecycleAction(String code, LifecycleStatus from, LifecycleStatus to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    @Override
    public String code() {
        return code;
    }

    public LifecycleStatus from() {
        return from;
    }

    public LifecycleStatus to() {
        return to;
    }

    /** The status after this action, or empty when the action is not allowed from {@code current}. */
    public Optional<LifecycleStatus> applyTo(LifecycleStatus current) {
        return current == from ? Optional.of(to) : Optional.empty();
    }
}
