/**
 * The catalogue bundle format (JSON and YAML) and its reader with line numbers for every error, for
 * the modules that read documents in it (conformance, the design assistant's pattern inputs).
 */
@org.springframework.modulith.NamedInterface("format")
@org.jspecify.annotations.NullMarked
package org.microdegree.catalog.format;
