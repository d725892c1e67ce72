/**
 * Reading CSV files (exam-office exports, learner and enrolment lists) row by row with every problem
 * named by file, line and column: the one CSV helper of the modules.
 */
@org.springframework.modulith.NamedInterface("csv")
@org.jspecify.annotations.NullMarked
package org.microdegree.shared.csv;
