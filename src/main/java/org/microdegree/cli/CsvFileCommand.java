package org.microdegree.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command that reads one CSV file into the installation's data. */
abstract class CsvFileCommand implements Callable<Integer> {

    @Mixin DataOptions data;

    @Parameters(paramLabel = "FILE", description = "The CSV file.") Path file;
}
