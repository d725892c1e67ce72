/**
 * The evaluation of rule profiles against catalogue designs: one small check per kind of rule,
 * and the analysis of requirement trees. Pure Java, no framework, no SQL.
 */
@org.jspecify.annotations.NullMarked
package org.microdegree.conformance.rules;
