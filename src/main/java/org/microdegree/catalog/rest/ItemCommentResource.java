package org.microdegree.catalog.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.ItemComments;
import org.microdegree.catalog.model.ItemComment;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff's comments on an item of any kind: read and add (designers and quality assurance of the institutions involved). */
@RestController
@Tag(name = "Catalogue")
@RequiredArgsConstructor
class ItemCommentResource {

    static final String PATH = "/api/v1/{collection:micro-credentials|micro-degrees|modules|study-programmes}/{id}/comments";

    private final ItemComments comments;

    record CommentBody(@Nullable String text) {}

    @GetMapping(PATH)
    @Operation(summary = "The staff's comments on an item, oldest first (staff of the institutions involved)")
    List<ItemComment> list(@PathVariable String collection, @PathVariable String id, Actor actor) {
        return comments.of(kind(collection), item(id), actor);
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on the newest version of an item (staff of the institutions involved)")
    ItemComment add(@PathVariable String collection, @PathVariable String id, @RequestBody CommentBody body, Actor actor) {
        return comments.add(kind(collection), item(id), body.text() == null ? "" : body.text(), actor);
    }

    private static ItemKind kind(String collection) {
        for (ItemKind k : ItemKind.values()) {
            if (k.collection().equals(collection)) {
                return k;
            }
        }
        throw new NotFoundException("no collection '" + collection + "'");
    }

    private static ItemId item(String id) {
        if (!ItemId.isValid(id)) {
            throw InvalidInputException.of("id", "'" + id + "' is not a catalogue id");
        }
        return ItemId.of(id);
    }
}
