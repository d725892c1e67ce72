package org.microdegree.design.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.design.Proposal;
import org.microdegree.design.ProposalId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Joint-Master proposals and the partners' decisions; the input and the composition as JSON documents. */
@Repository
@RequiredArgsConstructor
public class ProposalStore {

    /** A proposal as stored: its documents still to be read by the caller. */
    public record Row(ProposalId id, ItemId programme, Text title, String proposer, List<String> partners, String proposedBy, Instant proposedAt,
            String input, String composition, @Nullable Instant importedAt) {}

    private static final String COLUMNS = "id, programme, title_en, title_de, proposer, partners, proposed_by, proposed_at, input, composition, imported_at";

    private final JdbcClient jdbc;

    public void insert(Row r) {
        jdbc.sql("insert into design_proposal (" + COLUMNS.replace(", imported_at", "") + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().value(), r.programme().value(), r.title().en(), r.title().de(), r.proposer(), String.join(",", r.partners()),
                        r.proposedBy(), utc(r.proposedAt()), r.input(), r.composition())
                .update();
    }

    public Optional<Row> find(ProposalId id) {
        return jdbc.sql("select " + COLUMNS + " from design_proposal where id = ?").param(id.value()).query(ProposalStore::row).optional();
    }

    /** Proposals by or to any of the institutions, newest first. */
    public List<Row> involving(List<String> institutions) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        // few proposals per alliance: the partner list is matched in Java, not by a LIKE over a comma list
        return jdbc.sql("select " + COLUMNS + " from design_proposal order by proposed_at desc, id").query(ProposalStore::row).list().stream()
                .filter(r -> institutions.contains(r.proposer()) || r.partners().stream().anyMatch(institutions::contains)).toList();
    }

    public void decide(ProposalId id, Proposal.Decision d) {
        jdbc.sql("insert into design_proposal_decision (proposal, institution, verdict, comment, decided_by, decided_at) values (?, ?, ?, ?, ?, ?)")
                .params(id.value(), d.institution(), d.verdict().code(), d.comment(), d.decidedBy(), utc(d.decidedAt())).update();
    }

    public List<Proposal.Decision> decisions(ProposalId id) {
        return jdbc.sql("select institution, verdict, comment, decided_by, decided_at from design_proposal_decision where proposal = ? order by seq")
                .param(id.value())
                .query((rs, n) -> new Proposal.Decision(rs.getString(1), Proposal.Verdict.fromCode(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Marks the proposal imported; false when it was already (another request was first). */
    public boolean markImported(ProposalId id, String by, Instant at) {
        return jdbc.sql("update design_proposal set imported_by = ?, imported_at = ? where id = ? and imported_at is null").params(by, utc(at), id.value())
                .update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime imported = rs.getObject(11, OffsetDateTime.class);
        return new Row(new ProposalId(rs.getString(1)), ItemId.of(rs.getString(2)), Text.of(rs.getString(3), rs.getString(4)), rs.getString(5),
                Arrays.stream(rs.getString(6).split(",")).filter(s -> !s.isEmpty()).toList(), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9), rs.getString(10), imported == null ? null : imported.toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
