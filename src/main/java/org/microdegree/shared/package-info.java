/**
 * Value types every module uses: credit points, EQF levels, localized text, item ids and violations.
 * Pure Java: no framework types.
 */
@org.jspecify.annotations.NullMarked
package org.microdegree.shared;
