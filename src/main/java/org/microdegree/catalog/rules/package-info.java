/**
 * Who may see and change what in the catalogue. Pure Java, no framework, no SQL.
 */
@org.jspecify.annotations.NullMarked
package org.microdegree.catalog.rules;
