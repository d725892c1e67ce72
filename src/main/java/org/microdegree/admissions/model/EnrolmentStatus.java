package org.microdegree.admissions.model;

import org.microdegree.shared.Coded;

public enum EnrolmentStatus implements Coded {
    ENROLLED,
    WITHDRAWN;
}
