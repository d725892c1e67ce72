package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** When a module or micro-credential is offered. */
public enum Offering implements Coded {
    WINTER_SEMESTER,
    SUMMER_SEMESTER,
    EVERY_SEMESTER,
    ON_DEMAND;
}
