/** The audit engine: exact allocation of evidence to requirement trees. Pure Java, no framework, no SQL. */
@org.jspecify.annotations.NullMarked
package org.microdegree.audit.engine;
