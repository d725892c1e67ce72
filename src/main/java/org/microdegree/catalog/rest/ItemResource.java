package org.microdegree.catalog.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.CataloguePage;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endpoints every kind of catalogue item has: get (a version or the newest visible one), its
 * versions, its journal, create, update and the review workflow's transitions.
 */
@RequiredArgsConstructor
abstract class ItemResource<T extends CatalogueItem> {

    protected final Catalogue catalogue;
    protected final CatalogueEditing catalogueEditing;
    private final ItemKind kind;

    /** A page of items. */
    public record Page<V>(List<V> items, int page, int size, long total) {}

    /** A step of the review workflow, with the reason recorded in the journal. */
    public record Transition(String action, @Nullable String reason) {}

    /** No catalogue holds ten million items: a page beyond that is a mistake, not a query. */
    static final long MAX_OFFSET = 10_000_000;

    protected CataloguePage<T> page(Actor actor, @Nullable String status, @Nullable String institution, int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw InvalidInputException.of(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be between 1 and 500");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw InvalidInputException.of("page", "page " + page + " of " + size + " lies beyond any catalogue (at most "
                    + MAX_OFFSET / size + " pages of " + size + ")");
        }
        LifecycleStatus s = status == null
                ? null
                : Coded.fromCode(LifecycleStatus.class, status)
                        .orElseThrow(() -> InvalidInputException.of("status", "'" + status + "' is not one of: " + Coded.codes(LifecycleStatus.class)));
        return catalogue.list(kind, actor, s == null ? Catalogue.ALL : EnumSet.of(s), institution, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The newest visible version, or the given version")
    public T get(@PathVariable String id, @RequestParam(required = false) @Nullable Integer version, Actor actor) {
        return catalogue.<T>find(kind, id(id), version, actor)
                .orElseThrow(() -> new NotFoundException(kind.code() + " '" + id + "'" + (version == null ? "" : " version " + version) + " does not exist"));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every visible version, oldest first")
    public List<T> versions(@PathVariable String id, Actor actor) {
        List<T> versions = catalogue.versions(kind, id(id), actor);
        if (versions.isEmpty()) {
            throw new NotFoundException(kind.code() + " '" + id + "' does not exist");
        }
        return versions;
    }

    @GetMapping("/{id}/journal")
    @Operation(summary = "Who did what to which version, when and why (staff)")
    public List<JournalEntry> journal(@PathVariable String id, Actor actor) {
        return catalogue.journal(kind, id(id), actor);
    }

    @PostMapping
    @Operation(summary = "Create an item as version 1, a draft (staff)")
    public ResponseEntity<T> create(@RequestBody T item, Actor actor) {
        @SuppressWarnings("unchecked")
        T created = (T) catalogueEditing.create(item, actor);
        return ResponseEntity.created(URI.create("/api/v1/" + kind.collection() + "/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an item: a draft in place, a published item by a new draft version (staff)")
    public T update(@PathVariable String id, @RequestBody T item, @RequestParam(required = false) @Nullable String reason,
            Actor actor) {
        if (item.id() == null || !item.id().value().equals(id)) {
            throw InvalidInputException.of("id", "must be '" + id + "', the id in the URL");
        }
        @SuppressWarnings("unchecked")
        T updated = (T) catalogueEditing.update(item, actor, reason);
        return updated;
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move the newest version through the workflow: submit, reject, approve, publish, retire (staff)")
    public T transition(@PathVariable String id, @RequestBody Transition transition, Actor actor) {
        LifecycleAction action = Coded.fromCode(LifecycleAction.class, transition.action() == null ? "" : transition.action())
                .orElseThrow(() -> InvalidInputException.of("action", "'" + transition.action() + "' is not one of: "
                        + Coded.codes(LifecycleAction.class)));
        @SuppressWarnings("unchecked")
        T moved = (T) catalogueEditing.transition(kind, id(id), action, actor, transition.reason());
        return moved;
    }

    private static ItemId id(String id) {
        if (!ItemId.isValid(id)) {
            throw InvalidInputException.of("id", "'" + id + "' is not an id of the form institution:name");
        }
        return ItemId.of(id);
    }
}
