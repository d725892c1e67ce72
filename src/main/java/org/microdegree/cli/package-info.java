/** The command line: picocli commands that call module APIs only. */
@org.springframework.modulith.ApplicationModule
@org.jspecify.annotations.NullMarked
package org.microdegree.cli;
