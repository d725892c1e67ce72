package org.microdegree.catalog;

import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.microdegree.catalog.internal.jdbc.CommentStore;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemComment;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.rules.CatalogueAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.TextRules;
import org.springframework.stereotype.Service;

/**
 * The staff's conversation on an item: designers and quality assurance of the institutions involved
 * comment on its newest version (a question before approving, what to change after a rejection),
 * and read every comment. Like the journal, it is theirs alone.
 */
@Service
@RequiredArgsConstructor
public class ItemComments {

    private final Catalogue catalogue;
    private final CommentStore store;
    private final Clock clock;

    public List<ItemComment> of(ItemKind kind, ItemId id, Actor actor) {
        involved(kind, id, actor);
        return store.of(kind, id);
    }

    /** Adds her comment to the newest version. */
    public ItemComment add(ItemKind kind, ItemId id, String text, Actor actor) {
        CatalogueItem latest = involved(kind, id, actor);
        if (actor.readOnly()) {
            throw new ForbiddenException("a read-only token does not comment");
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "write the comment");
        }
        TextRules.require("text", text.strip(), 2_000);
        ItemComment comment = new ItemComment(kind, id, latest.version(), actor.name(), clock.instant(), text.strip());
        store.add(comment, actor.account());
        return comment;
    }

    private CatalogueItem involved(ItemKind kind, ItemId id, Actor actor) {
        CatalogueItem latest = catalogue.<CatalogueItem>find(kind, id, null, Catalogue.ALL)
                .orElseThrow(() -> new NotFoundException(kind.code() + " '" + id + "' does not exist"));
        if (!actor.operator() && CatalogueAccess.involved(latest).stream().noneMatch(actor::staffOf)) {
            if (!CatalogueAccess.canRead(actor, latest)) {
                throw new NotFoundException(kind.code() + " '" + id + "' does not exist");
            }
            throw new ForbiddenException("the comments on " + kind.code() + " '" + id + "' are for the staff of "
                    + String.join(" or ", CatalogueAccess.involved(latest).stream().map(InstitutionId::value).toList()));
        }
        return latest;
    }
}
