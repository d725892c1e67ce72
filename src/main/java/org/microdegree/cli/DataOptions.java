package org.microdegree.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives; every command takes it. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data", description = "Data directory holding the embedded database (default: ${DEFAULT-VALUE}). Ignored when MICRODEGREE_DB_URL is set.") Path data;
}
