package org.microdegree.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.internal.CatalogueChecks;
import org.microdegree.catalog.internal.ItemDocuments;
import org.microdegree.catalog.internal.jdbc.CatalogueStore;
import org.microdegree.catalog.internal.jdbc.CatalogueStore.ItemRow;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.rules.CatalogueAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.TextRules;
import org.microdegree.shared.Violation;
import org.microdegree.skills.Skills;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editing catalogue items and the review workflow: a designer creates a draft and changes it (a
 * published item by a new version), submits it; quality assurance approves or rejects it; it is
 * published, which retires the version published before, and retired. Every step is checked
 * (access, the item's structure, the {@link SubmissionGate submission gates}) and journalled in the
 * same transaction.
 */
@Service
public class CatalogueEditing {

    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final ItemDocuments documents;
    private final CatalogueChecks checks;
    private final ObjectProvider<SubmissionGate> gates;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ReviewRules reviewRules;

    CatalogueEditing(Catalogue catalogue, CatalogueStore store, ItemDocuments documents, Skills skills, ObjectProvider<SubmissionGate> gates,
            TransactionTemplate tx, Clock clock, ReviewRules reviewRules) {
        this.reviewRules = reviewRules;
        this.catalogue = catalogue;
        this.store = store;
        this.documents = documents;
        this.checks = new CatalogueChecks(skills::isSkill);
        this.gates = gates;
        this.tx = tx;
        this.clock = clock;
    }

    /** Adds a new item as version 1, a draft. */
    public CatalogueItem create(CatalogueItem item, Actor actor) {
        return tx.execute(s -> {
            requireId(item);
            CatalogueAccess.whyNotCreate(actor, item).ifPresent(why -> {
                throw new ForbiddenException(why);
            });
            if (store.maxVersion(item.kind(), item.id()) > 0) {
                throw new ConflictException(item.kind().code() + " '" + item.id() + "' exists already; change it with an update");
            }
            CatalogueItem draft = item.withLifecycle(1, LifecycleStatus.DRAFT);
            checkAlone(draft);
            store.insert(List.of(documents.row(draft)));
            store.journal(List.of(new JournalEntry(draft.kind(), draft.id(), 1, "created", null, LifecycleStatus.DRAFT, actor.name(), clock.instant(), null)));
            return draft;
        });
    }

    /**
     * Changes an item: a draft in place; a published or retired item by a new draft version.
     * Items in review or approved are not changed (reject them back to draft first).
     */
    public CatalogueItem update(CatalogueItem item, Actor actor, @Nullable String reason) {
        TextRules.require("reason", reason, 2_000);
        return tx.execute(s -> {
            requireId(item);
            if (catalogue.find(item.kind(), item.id(), null, actor).isEmpty()) {
                throw new NotFoundException(item.kind().code() + " '" + item.id() + "' does not exist");
            }
            CatalogueItem latest = catalogue.find(item.kind(), item.id(), null, Catalogue.ALL).orElseThrow();
            CatalogueAccess.whyNotEdit(actor, latest).ifPresent(why -> {
                throw new ForbiddenException(why);
            });
            CatalogueItem changed;
            String action;
            if (latest.status().editableInPlace()) {
                changed = item.withLifecycle(latest.version(), LifecycleStatus.DRAFT);
                action = "edited";
            } else if (latest.status().frozen()) {
                changed = item.withLifecycle(latest.version() + 1, LifecycleStatus.DRAFT);
                action = "new-version";
            } else {
                throw new ConflictException(item.kind().code() + " '" + item.id() + "' version " + latest.version() + " is "
                        + latest.status().code() + "; reject it back to draft before changing it");
            }
            checkAlone(changed);
            if (action.equals("edited")) {
                store.update(List.of(documents.row(changed)));
            } else {
                store.insert(List.of(documents.row(changed)));
            }
            store.journal(List.of(new JournalEntry(changed.kind(), changed.id(), changed.version(), action, latest.status(),
                    LifecycleStatus.DRAFT, actor.name(), clock.instant(), reason)));
            return changed;
        });
    }

    /**
     * Moves the newest version one step through the workflow. Publishing a new version retires
     * the version published before it.
     */
    public CatalogueItem transition(ItemKind kind, ItemId id, LifecycleAction action, Actor actor, @Nullable String reason) {
        TextRules.require("reason", reason, 2_000);
        return tx.execute(s -> {
            if (catalogue.find(kind, id, null, actor).isEmpty()) {
                throw new NotFoundException(kind.code() + " '" + id + "' does not exist");
            }
            CatalogueItem latest = catalogue.find(kind, id, null, action == LifecycleAction.RETIRE ? action.from() : Catalogue.ALL)
                    .orElseThrow(() -> new NotFoundException(kind.code() + " '" + id + "' does not exist"
                            + (action == LifecycleAction.RETIRE ? " in a published version" : "")));
            CatalogueAccess.whyNot(actor, action, latest).ifPresent(why -> {
                throw new ForbiddenException(why);
            });
            LifecycleStatus to = action.applyTo(latest.status()).orElseThrow(() -> new ConflictException(
                    "cannot " + action.code() + " " + kind.code() + " '" + id + "' version " + latest.version()
                            + ": it is " + latest.status().code() + ", and " + action.code() + " applies to "
                            + String.join(" or ", action.from().stream().map(LifecycleStatus::code).toList()) + " items"));
            if (action == LifecycleAction.SUBMIT) {
                checkAlone(latest);
            }
            if (action == LifecycleAction.REJECT && (reason == null || reason.isBlank())) {
                throw InvalidInputException.of("reason", "say why it is rejected: the designer reads it to revise the draft");
            }
            if (action == LifecycleAction.APPROVE) {
                reviewRules.requireSecondPerson(latest, actor);
            }
            if (action == LifecycleAction.SUBMIT || action == LifecycleAction.ANNOUNCE || action == LifecycleAction.PUBLISH) {
                requireConformance(latest, action);
            }
            if ((action == LifecycleAction.PUBLISH || action == LifecycleAction.ANNOUNCE)
                    && (kind == ItemKind.MICRO_CREDENTIAL || kind == ItemKind.MICRO_DEGREE)
                    && store.journalOf(kind, id).stream()
                            .noneMatch(e -> e.version() == latest.version() && e.action().equals(LifecycleAction.APPROVE.code()))) {
                throw new ConflictException("cannot " + action.code() + " " + kind.code() + " '" + id + "' version " + latest.version()
                        + ": no quality approval is recorded for it; reject it and have it approved");
            }
            List<ItemRow> changed = new ArrayList<>();
            List<JournalEntry> journal = new ArrayList<>();
            Instant now = clock.instant();
            if (action == LifecycleAction.PUBLISH) {
                for (CatalogueItem older : catalogue.versions(kind, id, Set.of(LifecycleStatus.ANNOUNCED, LifecycleStatus.PUBLISHED))) {
                    if (older.version() == latest.version()) {
                        continue;
                    }
                    changed.add(documents.row(older.withLifecycle(older.version(), LifecycleStatus.RETIRED)));
                    journal.add(new JournalEntry(kind, id, older.version(), "superseded", older.status(),
                            LifecycleStatus.RETIRED, actor.name(), now, "version " + latest.version() + " published"));
                }
            }
            CatalogueItem moved = latest.withLifecycle(latest.version(), to);
            changed.add(documents.row(moved));
            journal.add(new JournalEntry(kind, id, latest.version(), action.code(), latest.status(), to, actor.name(), now, reason));
            store.update(changed);
            store.journal(journal, actor.account());
            return moved;
        });
    }

    /**
     * Submission and publication need every gate's consent (the rule profiles' among them). The
     * gates are looked up when asked: the conformance module that provides one reads the catalogue.
     */
    private void requireConformance(CatalogueItem item, LifecycleAction action) {
        if (item.kind() != ItemKind.MICRO_CREDENTIAL && item.kind() != ItemKind.MICRO_DEGREE) {
            return;
        }
        List<Violation> objections = gates.orderedStream().flatMap(g -> g.objections(item, action).stream()).toList();
        if (!objections.isEmpty()) {
            throw new InvalidInputException(objections);
        }
    }

    private static void requireId(CatalogueItem item) {
        if (item.id() == null) {
            throw InvalidInputException.of("id", "required");
        }
    }

    /** The structural checks of a single item against the stored catalogue. */
    private void checkAlone(CatalogueItem item) {
        // one item names few others: ask the store about those, not for every stored version
        CatalogueBundle alone = CatalogueBundle.of(List.of(), List.of(item));
        List<Violation> problems = new ArrayList<>(checks.check(alone, documents.known(store::exists, documents.storedInstitutions())));
        problems.addAll(documents.unknownProfiles(alone));
        if (!problems.isEmpty()) {
            String prefix = item.kind().bundleField() + "[0]";
            throw new InvalidInputException(problems.stream()
                    .map(v -> Violation.at(v.path().startsWith(prefix + ".") ? v.path().substring(prefix.length() + 1) : v.path(), v.reason()))
                    .toList());
        }
    }
}
