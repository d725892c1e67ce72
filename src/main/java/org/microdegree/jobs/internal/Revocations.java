package org.microdegree.jobs.internal;

import org.microdegree.shared.CertificateId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microdegree.credentials.Certificates;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Violation;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The bulk revocation job's two steps over a CSV of {@code certificate,reason} rows (a registrar's
 * list, e.g. after a cheating case or an exam office's correction): every row is checked first, and
 * a list with any error is refused whole, naming each; then the certificates are revoked 500 per
 * chunk, the position committed with each chunk, so a restart goes on where it stopped. A
 * certificate revoked before (by an earlier run, or by hand) is skipped, not an error.
 */
public final class Revocations {

    static final int CHUNK = 500;

    private Revocations() {
    }

    /** One row of the list: the line it is on, the certificate and why it is revoked. */
    record Row(long line, String certificate, String reason) {}

    static List<Row> read(Path file, String source) {
        List<Row> rows = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new InvalidInputException(List.of(Violation.at("", "not UTF-8 text").locatedIn(source, 0, 0)));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(Violation.at("", "cannot read the file: " + e.getMessage()).locatedIn(source, 0, 0)));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = new StringReader(text); CSVParser csv = CSVParser.parse(in, format)) {
            for (String column : List.of("certificate", "reason")) {
                if (!csv.getHeaderMap().containsKey(column)) {
                    problems.add(Violation.at(column, "the header names no column '" + column + "' (columns: certificate, reason)").locatedIn(source, 1, 0));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            for (CSVRecord r : csv) {
                String id = r.isSet("certificate") ? r.get("certificate") : "";
                String reason = r.isSet("reason") ? r.get("reason") : "";
                rows.add(new Row(r.getParser().getCurrentLineNumber(), id, reason));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(List.of(Violation.at("", "not a readable CSV file: " + e.getMessage()).locatedIn(source, 0, 0)));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(List.of(Violation.at("", "lists no certificate to revoke").locatedIn(source, 0, 0)));
        }
        return rows;
    }

    /** Step one: every row is checked; any error refuses the list whole, every error named. Nothing is written. */
    static Tasklet check(Certificates certificates) {
        return (StepContribution contribution, ChunkContext chunk) -> {
            var parameters = chunk.getStepContext().getStepExecution().getJobExecution().getJobParameters();
            int size = checked(Path.of(String.valueOf(parameters.getString("file"))), parameters.getString("source", "revocations.csv"),
                    certificates, JobActors.of(parameters));
            for (int i = 0; i < size; i++) {
                contribution.incrementReadCount();
            }
            chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putLong("size", size);
            return RepeatStatus.FINISHED;
        };
    }

    /**
     * Reads and checks a list as the job's first step does, nothing written: how many certificates it
     * lists (revoked before ones included, skipped later), or every error at once, by line.
     */
    public static int checked(Path file, String source, Certificates certificates, Actor actor) {
        List<Row> rows = read(file, source);
        List<Violation> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Row row : rows) {
            Long before = seen.putIfAbsent(row.certificate(), row.line());
            if (before != null) {
                problems.add(Violation.at("certificate", "listed before, on line " + before).locatedIn(source, (int) row.line(), 0));
                continue;
            }
            try {
                certificates.checkRevocation(CertificateId.parse("certificate", row.certificate()), row.reason(), actor);
            } catch (ConflictException e) {
                // revoked before: skipped by the next step
            } catch (NotFoundException | ForbiddenException e) {
                problems.add(Violation.at("certificate", e.getMessage()).locatedIn(source, (int) row.line(), 0));
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> problems.add(Violation.at(v.path(), v.reason()).locatedIn(source, (int) row.line(), 0)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows.size();
    }

    /** Step two: the revocations, a chunk per call; the next row's index is committed with each chunk. */
    static Tasklet revoke(Certificates certificates) {
        // the list read once per run of the step, not once per chunk
        Map<Long, List<Row>> lists = new ConcurrentHashMap<>();
        return (StepContribution contribution, ChunkContext chunk) -> {
            var step = chunk.getStepContext().getStepExecution();
            var parameters = step.getJobExecution().getJobParameters();
            Actor actor = JobActors.of(parameters);
            List<Row> rows = lists.computeIfAbsent(step.getId(),
                    id -> read(Path.of(String.valueOf(parameters.getString("file"))), parameters.getString("source", "revocations.csv")));
            ExecutionContext ctx = step.getExecutionContext();
            ctx.putLong("size", rows.size());
            int next = (int) ctx.getLong("done", 0L);
            int end = Math.min(rows.size(), next + CHUNK);
            for (Row row : rows.subList(next, end)) {
                contribution.incrementReadCount();
                try {
                    certificates.revoke(CertificateId.parse("certificate", row.certificate()), row.reason(), actor);
                    contribution.incrementWriteCount(1);
                    ctx.putLong("revoked", ctx.getLong("revoked", 0L) + 1);
                } catch (ConflictException e) {
                    contribution.incrementProcessSkipCount();
                    ctx.putLong("revokedBefore", ctx.getLong("revokedBefore", 0L) + 1);
                }
            }
            ctx.putLong("done", end);
            if (end < rows.size()) {
                return RepeatStatus.CONTINUABLE;
            }
            lists.remove(step.getId());
            return RepeatStatus.FINISHED;
        };
    }
}
