package org.microdegree.policy.model;

import org.microdegree.shared.Coded;

/** What a rule is about. */
public enum Subject implements Coded {
    MICRO_CREDENTIAL,
    MICRO_DEGREE;
}
