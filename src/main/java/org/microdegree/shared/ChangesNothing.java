package org.microdegree.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST endpoint that computes an answer and stores nothing (verifying, checking a design,
 * a what-if): a read-only API token may call it. Every other POST, PUT, PATCH and DELETE needs
 * the write scope; the web layer refuses it in one place before any controller runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesNothing {
}
