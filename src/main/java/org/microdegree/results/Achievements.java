package org.microdegree.results;

import org.microdegree.shared.Violation;
import java.util.stream.Collectors;
import org.microdegree.shared.LearnerId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.learners.ImportSummary;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.LearnerJournalEntry;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.results.internal.AchievementReader;
import org.microdegree.results.internal.csv.AchievementCsv;
import org.microdegree.results.internal.jdbc.ResultStore;
import org.microdegree.results.model.Achievement;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessment results: entered one at a time (web form, API) or imported from an exam office's CSV
 * file. An import is checked whole before anything is written, and written in one transaction;
 * results are keyed by institution and the exam office's reference, so sending one again changes
 * nothing, and sending it with other content corrects it (journaled).
 */
@Service
public class Achievements {

    private final LearnerDirectory directory;
    private final ResultStore resultStore;
    private final Catalogue catalogue;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Achievements(LearnerDirectory directory, ResultStore resultStore, Catalogue catalogue, TransactionTemplate tx,
            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.resultStore = resultStore;
        this.catalogue = catalogue;
        this.tx = tx;
        this.events = events;
    }

    /** One result from the web form or the API ({@code source} web or api). */
    public Achievement record(AchievementInput in, Actor actor, String source) {
        Set<String> institutions = new TreeSet<>();
        if (in.institution() != null && InstitutionId.isValid(in.institution())) {
            institutions.add(in.institution());
        }
        if (in.item() != null && in.item().contains(":")) {
            institutions.add(in.item().substring(0, in.item().indexOf(':')));
        }
        AchievementReader reader = new AchievementReader(new AchievementReader.Lookups(new HashSet<>(catalogue.ids(ItemKind.MODULE)),
                new HashSet<>(catalogue.ids(ItemKind.MICRO_CREDENTIAL)),
                in.learner() != null && LearnerId.isValid(in.learner()) && directory.learner(LearnerId.of(in.learner())).isPresent()
                        ? Set.of(LearnerId.of(in.learner()))
                        : Set.of(),
                directory.studentNumbers(institutions), today()));
        List<Violation> problems = new ArrayList<>();
        Achievement a = reader.read(in, (field, reason) -> problems.add(Violation.at(field, reason)), source, clock.instant(), null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (a == null) {
            throw InvalidInputException.of("", "incomplete");
        }
        if (!LearnerAccess.registrarAt(actor, a.institution())) {
            throw new ForbiddenException("only a registrar of " + a.institution() + " records its results");
        }
        write(List.of(a), actor, true);
        // the id is the institution and the reference, so the stored result is found by it whether new or corrected
        return resultStore.achievement(a.id()).orElseThrow();
    }

    private LocalDate today() {
        // results are dated in the institution's calendar; a day's slack keeps every European zone valid
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")).plusDays(1);
    }

    /** An exam office's CSV file: all rows or none. */
    public ImportSummary importCsv(String source, byte[] content, Actor actor) {
        return importCsv(source, content, actor, true);
    }

    /**
     * The same for a bulk job, which audits and awards the learners itself: no event per learner;
     * the summary names the learners whose results were new or changed.
     */
    public ImportSummary importForJob(String source, byte[] content, Actor actor) {
        return importCsv(source, content, actor, false);
    }

    private AchievementReader reader() {
        // the student numbers of every institution in the catalogue: a handful of institutions, one query
        Set<String> institutions = new TreeSet<>();
        catalogue.institutions().forEach(i -> institutions.add(i.id().value()));
        return new AchievementReader(new AchievementReader.Lookups(new HashSet<>(catalogue.ids(ItemKind.MODULE)),
                new HashSet<>(catalogue.ids(ItemKind.MICRO_CREDENTIAL)), Set.copyOf(directory.learnerIds()),
                directory.studentNumbers(institutions), today()));
    }

    private ImportSummary importCsv(String source, byte[] content, Actor actor, boolean announce) {
        List<Achievement> rows = AchievementCsv.read(source, content, reader(), clock.instant());
        Set<String> institutions = new TreeSet<>();
        rows.forEach(a -> institutions.add(a.institution().value()));
        requireRegistrar(institutions, actor);
        return write(rows, actor, announce);
    }

    private static void requireRegistrar(Set<String> institutions, Actor actor) {
        Set<String> denied = new TreeSet<>();
        for (String i : institutions) {
            if (!LearnerAccess.registrarAt(actor, InstitutionId.of(i))) {
                denied.add(i);
            }
        }
        if (!denied.isEmpty()) {
            throw new ForbiddenException("only registrars of " + denied + " record their results");
        }
    }

    /**
     * For a bulk job: checks a results file on disk whole, row by row and keeping no row, nothing
     * written. Returns the number of rows, or throws every error ({@link InvalidInputException}) or
     * the institutions the actor may not record for.
     */
    public long checkForJob(String source, Path file, Actor actor) {
        AchievementCsv.Checked checked = AchievementCsv.check(source, file, reader(), clock.instant());
        requireRegistrar(checked.institutions(), actor);
        return checked.rows();
    }

    /**
     * For a bulk job: the results of a file checked before ({@link #checkForJob}), read again and
     * written a chunk at a time in the caller's transaction, from row {@code skip} on.
     */
    public ResultChunks resultsForJob(String source, Path file, long skip, Actor actor) {
        AchievementCsv.Chunks chunks = AchievementCsv.open(source, file, reader(), clock.instant(), skip);
        // into an empty table (a new installation's first import) no row of a file whose references
        // are unique can be there before: nothing to look up
        boolean fresh = resultStore.achievementCount() == 0;
        return new ResultChunks() {
            @Override
            public ImportSummary writeNext(int rows) {
                List<Achievement> next = chunks.next(rows);
                return next.isEmpty() ? new ImportSummary(0, 0, 0, 0) : write(next, actor, false, fresh);
            }

            @Override
            public void close() {
                chunks.close();
            }
        };
    }

    /** The rows of a results file, written a chunk at a time. */
    public interface ResultChunks extends AutoCloseable {
        /** Writes up to {@code rows} more results; a summary of 0 rows at the end of the file. */
        ImportSummary writeNext(int rows);

        @Override
        void close();
    }

    private ImportSummary write(List<Achievement> rows, Actor actor, boolean announce) {
        return write(rows, actor, announce, false);
    }

    private ImportSummary write(List<Achievement> rows, Actor actor, boolean announce, boolean fresh) {
        return tx.execute(s -> {
            // a large import is written in chunks: the keys of these rows only, not of the institutions' every result
            Map<String, ResultStore.Stored> existing = fresh
                    ? Map.of()
                    : rows.size() <= 50_000
                            ? resultStore.achievementKeysOf(rows.stream().map(Achievement::id).toList())
                            : resultStore.achievementKeys(institutionsOf(rows));
            List<Achievement> inserts = new ArrayList<>();
            List<String> insertHashes = new ArrayList<>();
            List<Achievement> updates = new ArrayList<>();
            List<String> updateHashes = new ArrayList<>();
            Map<String, Set<String>> affiliations = new HashMap<>();
            int unchanged = 0;
            for (Achievement a : rows) {
                String hash = AchievementReader.hash(a);
                ResultStore.Stored old = existing.get(a.id());
                if (old == null) {
                    inserts.add(a);
                    insertHashes.add(hash);
                } else if (!old.hash().equals(hash)) {
                    updates.add(withId(a, old.id()));
                    updateHashes.add(hash);
                } else {
                    unchanged++;
                    continue;
                }
                affiliations.computeIfAbsent(a.learnerId().value(), k -> new TreeSet<>()).add(a.institution().value());
            }
            sortById(inserts, insertHashes);
            resultStore.insertAchievements(inserts, insertHashes);
            resultStore.updateAchievements(updates, updateHashes);
            directory.affiliateMissing(affiliations);
            Instant now = clock.instant();
            List<LearnerJournalEntry> journal = new ArrayList<>();
            // a result entered singly is journaled; an imported one carries its source and time in its own row
            inserts.stream().filter(a -> !a.source().equals("csv")).forEach(a -> journal.add(entry(a, now, actor, "recorded")));
            updates.forEach(a -> journal.add(entry(a, now, actor, "corrected")));
            directory.journal(journal);
            // the audit re-audits these learners once the results are committed
            if (announce) {
                EvidenceRecorded.of(affiliations.keySet().stream().map(LearnerId::of).toList()).forEach(events::publishEvent);
            }
            return new ImportSummary(rows.size(), inserts.size(), updates.size(), unchanged,
                    affiliations.keySet().stream().map(LearnerId::of).collect(Collectors.toSet()));
        });
    }

    private static Set<String> institutionsOf(List<Achievement> rows) {
        Set<String> institutions = new TreeSet<>();
        rows.forEach(a -> institutions.add(a.institution().value()));
        return institutions;
    }

    /**
     * Orders new rows by id, so that the primary key grows at its end: on H2 inserting in key order
     * is much faster than at random places (docs/benchmarks.md).
     */
    private static void sortById(List<Achievement> rows, List<String> hashes) {
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> rows.get(i).id()));
        List<Achievement> sortedRows = new ArrayList<>(rows.size());
        List<String> sortedHashes = new ArrayList<>(rows.size());
        for (int i : order) {
            sortedRows.add(rows.get(i));
            sortedHashes.add(hashes.get(i));
        }
        rows.clear();
        rows.addAll(sortedRows);
        hashes.clear();
        hashes.addAll(sortedHashes);
    }

    private static LearnerJournalEntry entry(Achievement a, Instant at, Actor actor, String action) {
        return new LearnerJournalEntry(a.learnerId(), "achievement:" + a.id(), at, actor.name(), action,
                a.item() + " " + a.grade().value() + " " + a.creditPoints().toPlainString() + " CP (" + a.source() + ")");
    }

    private static Achievement withId(Achievement a, String id) {
        return new Achievement(id, a.learnerId(), a.institution(), a.itemKind(), a.item(), a.achievedOn(), a.grade(), a.creditPoints(),
                a.assessment(), a.supervised(), a.identityVerified(), a.source(), a.reference(), a.recordedAt());
    }

    /** A learner's results, for themself and the registrars of their institutions. */
    public List<Achievement> of(LearnerId learnerId, Actor actor) {
        Learner l = directory.learner(learnerId).orElseThrow(() -> new NotFoundException("no learner " + learnerId));
        if (!LearnerAccess.canRead(actor, l.accountId(), directory.affiliations(learnerId))) {
            throw new NotFoundException("no learner " + learnerId);
        }
        return resultStore.achievementsOf(learnerId);
    }

    public long count() {
        return resultStore.achievementCount();
    }
}
