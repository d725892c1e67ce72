package org.microdegree.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.catalog.format.UnreadableEntries;
import org.microdegree.catalog.internal.CatalogueChecks;
import org.microdegree.catalog.internal.ItemDocuments;
import org.microdegree.catalog.internal.jdbc.CatalogueStore.Head;
import org.microdegree.catalog.internal.jdbc.CatalogueStore.InstitutionRow;
import org.microdegree.catalog.internal.jdbc.CatalogueStore.ItemRow;
import org.microdegree.catalog.internal.jdbc.CatalogueStore;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.rules.CatalogueAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Violation;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The catalogue module's API: import and export of bundles, reading versioned items and their
 * journal ({@link CatalogueEditing} edits them and runs the review workflow).
 *
 * <p>Every write runs in one transaction and is checked first: an import either stores all of a
 * bundle or nothing. Published versions are never changed; a change to one makes a new version.
 */
@Service
public class Catalogue {

    /** What anonymous readers see: the published catalogue (and retired versions, for old certificates). */
    public static final Set<LifecycleStatus> PUBLIC = EnumSet.of(LifecycleStatus.ANNOUNCED, LifecycleStatus.PUBLISHED, LifecycleStatus.RETIRED);
    public static final Set<LifecycleStatus> ALL = EnumSet.allOf(LifecycleStatus.class);

    private final CatalogueStore store;
    private final BundleFormat format = new BundleFormat();
    private final CatalogueChecks checks;
    /** For conformance checks: unknown ESCO skills are a rule's finding there, not bad input. */
    private final CatalogueChecks checksWithoutSkills = new CatalogueChecks(uri -> true);
    private final TransactionTemplate tx;
    private final ItemDocuments documents;
    // looked up when asked: the conformance module that provides the gate reads the catalogue
    private final ObjectProvider<SubmissionGate> gates;
    private volatile @Nullable Snapshot last;

    Catalogue(CatalogueStore store, Skills skills, TransactionTemplate tx, ItemDocuments documents, ObjectProvider<SubmissionGate> gates) {
        this.gates = gates;
        this.store = store;
        this.checks = new CatalogueChecks(skills::isSkill);
        this.tx = tx;
        this.documents = documents;
    }

    // ---- bundles ----

    /** Reads a bundle file and imports it: all or nothing, and importing it again changes nothing. */
    public ImportResult importBundle(String source, byte[] content, BundleSyntax syntax, String actor) {
        return importBundle(source, content, syntax, actor, false);
    }

    /**
     * As {@link #importBundle(String, byte[], BundleSyntax, String)}; items that come in review,
     * approved or published must pass the submission gates (their rule profiles) unless
     * {@code acceptFindings}, and then the journal records who accepted which findings.
     */
    public ImportResult importBundle(String source, byte[] content, BundleSyntax syntax, String actor, boolean acceptFindings) {
        BundleFormat.Parsed parsed = read(source, content, syntax, checks);
        return importBundle(source, parsed.bundle(), parsed::locate, actor, acceptFindings);
    }

    /** Reads a bundle file without importing it; bad input is an {@link InvalidInputException} with line numbers. */
    public BundleFormat.Parsed parse(String source, byte[] content, BundleSyntax syntax) {
        return read(source, content, syntax, checksWithoutSkills);
    }

    /**
     * Reads a bundle; where entries cannot be read, the entries that can are checked too, so that
     * type and reference problems come in one answer (a reference to an unreadable entry is none).
     */
    private BundleFormat.Parsed read(String source, byte[] content, BundleSyntax syntax, CatalogueChecks structure) {
        try {
            return format.read(source, content, syntax);
        } catch (UnreadableEntries e) {
            throw e.with(structure.check(e.readable(), CatalogueChecks.alsoKnowing(documents.known(store::exists, documents.storedInstitutions()),
                    e::unreadable)));
        }
    }

    /** The structural problems of a bundle over the stored catalogue, ESCO skills aside. */
    public List<Violation> structuralProblems(CatalogueBundle bundle) {
        List<Violation> problems = new ArrayList<>(checksWithoutSkills.check(bundle, documents.known(store::exists, documents.storedInstitutions())));
        problems.addAll(documents.unknownProfiles(bundle));
        return problems;
    }

    /** The ids of items of kind {@code by} whose some version names the given item. */
    public List<ItemId> usedBy(ItemKind kind, ItemId id, ItemKind by) {
        return store.usedBy(kind, id).stream().filter(r -> r.kind() == by).map(CatalogueStore.RefRow::id).distinct().toList();
    }

    /** Reads a bundle without storing anything (for checks and tools). */
    public CatalogueBundle readBundle(String source, byte[] content, BundleSyntax syntax) {
        return read(source, content, syntax, checksWithoutSkills).bundle();
    }

    /**
     * Imports a bundle built in memory (e.g. from a CSV file); {@code locate} turns a problem's
     * path into a place in the source the user knows.
     */
    public ImportResult importBundle(String source, CatalogueBundle bundle, UnaryOperator<Violation> locate, String actor) {
        return importBundle(source, bundle, locate, actor, false);
    }

    public ImportResult importBundle(String source, CatalogueBundle bundle, UnaryOperator<Violation> locate, String actor, boolean acceptFindings) {
        return tx.execute(status -> {
            Map<String, Head> heads = store.heads();
            Map<String, Institution> institutions = documents.storedInstitutions();
            List<Violation> problems = new ArrayList<>(checks.check(bundle, documents.known(heads, institutions)));
            problems.addAll(documents.unknownProfiles(bundle));
            ImportFindings findings = problems.isEmpty() ? ImportFindings.of(bundle, gates) : ImportFindings.NONE;
            if (!acceptFindings) {
                problems.addAll(findings.refusals());
            }
            List<InstitutionRow> newInstitutions = new ArrayList<>();
            List<InstitutionRow> changedInstitutions = new ArrayList<>();
            int unchanged = 0;
            for (Institution inst : bundle.institutions()) {
                if (inst.id() == null) {
                    continue;
                }
                InstitutionRow row = documents.institutionRow(inst);
                Institution old = institutions.get(inst.id().value());
                if (old == null) {
                    newInstitutions.add(row);
                } else if (!old.equals(inst)) {
                    changedInstitutions.add(row);
                } else {
                    unchanged++;
                }
            }
            List<ItemRow> inserts = new ArrayList<>();
            List<ItemRow> updates = new ArrayList<>();
            List<JournalEntry> journal = new ArrayList<>();
            Instant now = Instant.now();
            List<CatalogueItem> items = bundle.items().toList();
            Map<ItemKind, Integer> indexInKind = new HashMap<>();
            for (CatalogueItem item : items) {
                int index = indexInKind.merge(item.kind(), 1, Integer::sum) - 1;
                if (item.id() == null || !problems.isEmpty()) {
                    continue;
                }
                ItemRow row = documents.row(item);
                Head head = heads.get(CatalogueStore.key(item.kind(), item.id(), item.version()));
                if (head == null) {
                    inserts.add(row);
                    journal.add(new JournalEntry(item.kind(), item.id(), item.version(), "imported", null, item.status(), actor, now,
                            findings.note(item.kind(), index, source)));
                } else if (head.hash().equals(row.hash())) {
                    unchanged++;
                } else if (head.status().frozen()) {
                    problems.add(Violation.at(item.kind().bundleField() + "[" + index + "]", item.kind().code() + " '" + item.id()
                            + "' version " + item.version() + " is " + head.status().code()
                            + " in the catalogue and differs from this file; a published version is never changed:"
                            + " give the change version " + (store.maxVersion(item.kind(), item.id()) + 1)));
                } else {
                    updates.add(row);
                    journal.add(new JournalEntry(item.kind(), item.id(), item.version(), "imported", head.status(), item.status(), actor, now,
                            findings.note(item.kind(), index, source)));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.stream().map(locate).toList());
            }
            store.upsertInstitutions(newInstitutions, changedInstitutions);
            store.insert(inserts);
            store.update(updates);
            store.journal(journal);
            return new ImportResult(source, newInstitutions.size() + inserts.size(), changedInstitutions.size() + updates.size(), unchanged,
                    acceptFindings ? findings.objections().stream().map(v -> v.path() + ": " + v.reason()).toList() : List.of());
        });
    }

    /** The whole catalogue, every version of every item, in a stable order. */
    public CatalogueBundle snapshot() {
        return versions().bundle();
    }

    /**
     * Every version of every item, for many lookups in a row. Bulk audits and awards ask for it per
     * chunk of learners; reading the europe preset's 25,000 items each time was most of its award
     * step, so it is read again only when the catalogue has changed since.
     */
    public CatalogueVersions versions() {
        String revision = store.revision();
        Snapshot last = this.last;
        if (last != null && last.revision().equals(revision)) {
            return last.versions();
        }
        CatalogueVersions versions = new CatalogueVersions(readSnapshot());
        this.last = new Snapshot(revision, versions);
        return versions;
    }

    private record Snapshot(String revision, CatalogueVersions versions) {}

    private CatalogueBundle readSnapshot() {
        List<CatalogueItem> items = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            for (String doc : store.allDocuments(kind)) {
                items.add(documents.parse(kind, doc));
            }
        }
        return CatalogueBundle.of(List.copyOf(documents.storedInstitutions().values()), items);
    }

    public byte[] export(BundleSyntax syntax) {
        return format.write(snapshot(), syntax);
    }

    public byte[] write(CatalogueBundle bundle, BundleSyntax syntax) {
        return format.write(bundle, syntax);
    }

    // ---- reading ----

    /** The ids of every item of a kind, in any status: to check many references at once. */
    public Set<ItemId> ids(ItemKind kind) {
        return new HashSet<>(store.ids(kind));
    }

    public List<Institution> institutions() {
        return List.copyOf(documents.storedInstitutions().values());
    }

    public Optional<Institution> institution(String id) {
        // one row, not every institution: awards ask for each of their awarding bodies and components
        return store.institution(id).map(row -> format.json().readValue(row.document(), Institution.class));
    }

    /** The newest version visible with {@code statuses}, or the given version. */
    public <T extends CatalogueItem> Optional<T> find(ItemKind kind, ItemId id, @Nullable Integer version, Set<LifecycleStatus> statuses) {
        Optional<String> doc = version == null ? store.latestDocument(kind, id, statuses) : store.document(kind, id, version);
        @SuppressWarnings("unchecked")
        Optional<T> item = doc.map(d -> (T) documents.parse(kind, d));
        return item.filter(i -> statuses.contains(i.status()));
    }

    public <T extends CatalogueItem> List<T> versions(ItemKind kind, ItemId id, Set<LifecycleStatus> statuses) {
        List<T> result = new ArrayList<>();
        for (String doc : store.versionDocuments(kind, id, statuses)) {
            @SuppressWarnings("unchecked")
            T item = (T) documents.parse(kind, doc);
            result.add(item);
        }
        return result;
    }

    /**
     * Per id the newest version with one of {@code statuses} that {@code actor} may see, ordered by
     * id; pages count from 0.
     */
    public <T extends CatalogueItem> CataloguePage<T> list(ItemKind kind, Actor actor, Set<LifecycleStatus> statuses,
            @Nullable String institution, int page, int size) {
        return page(kind, store.list(kind, statuses, institution, actor.operator()
                ? null
                : actor.staffOf().stream()
                        .map(InstitutionId::value).toList(),
                page * size, size), page, size);
    }

    /** Per id the newest version with one of {@code statuses}, whoever asks (for the module's own use and the operator). */
    public <T extends CatalogueItem> CataloguePage<T> list(ItemKind kind, Set<LifecycleStatus> statuses,
            @Nullable String institution, int page, int size) {
        return page(kind, store.list(kind, statuses, institution, null, page * size, size), page, size);
    }

    private <T extends CatalogueItem> CataloguePage<T> page(ItemKind kind, CatalogueStore.Page p, int page, int size) {
        List<T> items = new ArrayList<>(p.documents().size());
        for (String doc : p.documents()) {
            @SuppressWarnings("unchecked")
            T item = (T) documents.parse(kind, doc);
            items.add(item);
        }
        return new CataloguePage<>(items, page, size, p.total());
    }

    /** The institutions whose staff work on an item: its owner and, for a programme, every participating institution. */
    public Set<InstitutionId> involved(CatalogueItem item) {
        return CatalogueAccess.involved(item);
    }

    /**
     * The newest version {@code actor} may see, or the given version if they may see it. Staff of
     * the institutions involved see every status, everyone else published and retired versions.
     */
    public <T extends CatalogueItem> Optional<T> find(ItemKind kind, ItemId id, @Nullable Integer version, Actor actor) {
        Optional<T> item = find(kind, id, version, ALL);
        if (item.isEmpty() || CatalogueAccess.canRead(actor, item.get())) {
            return item;
        }
        return version == null ? find(kind, id, null, PUBLIC) : Optional.empty();
    }

    public <T extends CatalogueItem> List<T> versions(ItemKind kind, ItemId id, Actor actor) {
        List<T> all = versions(kind, id, ALL);
        return all.stream().filter(i -> CatalogueAccess.canRead(actor, i)).toList();
    }

    /** The journal is the staff's record: of the institutions involved in the newest version. */
    public List<JournalEntry> journal(ItemKind kind, ItemId id, Actor actor) {
        CatalogueItem latest = find(kind, id, null, ALL).orElseThrow(() -> new NotFoundException(kind.code() + " '" + id + "' does not exist"));
        if (!CatalogueAccess.involved(latest).stream().anyMatch(actor::staffOf)) {
            if (!CatalogueAccess.canRead(actor, latest)) {
                throw new NotFoundException(kind.code() + " '" + id + "' does not exist");
            }
            throw new ForbiddenException("the journal of " + kind.code() + " '" + id + "' is for the staff of "
                    + String.join(" or ", CatalogueAccess.involved(latest).stream().map(InstitutionId::value).toList()));
        }
        return journal(kind, id);
    }

    public List<JournalEntry> journal(ItemKind kind, ItemId id) {
        List<JournalEntry> entries = store.journalOf(kind, id);
        if (entries.isEmpty()) {
            throw new NotFoundException(kind.code() + " '" + id + "' does not exist");
        }
        return entries;
    }

    // ---- items as plain documents (for forms) ----

    /** An item as the bundle format writes it: maps, lists, strings and numbers. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> document(CatalogueItem item) {
        return format.json().convertValue(item, Map.class);
    }

    /**
     * An item of {@code kind} from a document in the bundle format. A value of the wrong shape is
     * an {@link InvalidInputException} naming its path ({@code creditPoints}, {@code requirements.allOf[1]}).
     */
    public CatalogueItem readItem(ItemKind kind, Map<String, Object> document) {
        try {
            return format.json().convertValue(document, ItemDocuments.TYPES.get(kind));
        } catch (DatabindException e) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference r : e.getPath()) {
                if (r.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            String m = e.getOriginalMessage() == null ? "not valid here" : e.getOriginalMessage();
            int nl = m.indexOf('\n');
            throw InvalidInputException.of(path.toString(), (nl < 0 ? m : m.substring(0, nl)).strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("", e.getMessage() == null ? "not valid" : e.getMessage());
        }
    }

    // ---- helpers ----

}
