package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Whether evidence counted for a requirement may also count for another one. */
public enum Sharing implements Coded {
    EXCLUSIVE,
    SHARED;
}
