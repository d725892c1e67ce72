package org.microdegree.catalog.internal.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemComment;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments on catalogue items, oldest first. */
@Repository
@RequiredArgsConstructor
public class CommentStore {

    private final JdbcClient jdbc;

    public void add(ItemComment c, @Nullable String account) {
        jdbc.sql("insert into catalog_comment (kind, item_id, version, author, author_account, at, text) values (?, ?, ?, ?, ?, ?, ?)")
                .params(c.kind().code(), c.item().value(), c.version(), c.author(), account, c.at().atOffset(ZoneOffset.UTC), c.text()).update();
    }

    public List<ItemComment> of(ItemKind kind, ItemId item) {
        return jdbc.sql("select version, author, at, text from catalog_comment where kind = ? and item_id = ? order by seq")
                .params(kind.code(), item.value())
                .query((rs, n) -> new ItemComment(kind, item, rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4)))
                .list();
    }
}
