package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Form of participation (EU Annex I element 10). */
public enum Mode implements Coded {
    ON_SITE,
    ONLINE,
    BLENDED;
}
