package org.microdegree.labour.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.microdegree.labour.DemandFigure;
import org.microdegree.labour.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported figures; a figure of the same occupation, region, period and measure replaces the one before. */
@Repository
@RequiredArgsConstructor
public class FigureStore {

    private final JdbcClient jdbc;

    /** Stores one figure; true when it replaced one. */
    public boolean put(DemandFigure f, String importedBy, Instant at) {
        int replaced = jdbc.sql("update labour_market_figure set figure = ?, source = ?, imported_by = ?, imported_at = ?"
                + " where occupation = ? and region = ? and period = ? and measure = ?")
                .params(f.figure(), f.source(), importedBy, at.atOffset(ZoneOffset.UTC), f.occupation(), f.region(), f.period(), f.measure().code())
                .update();
        if (replaced == 0) {
            jdbc.sql("insert into labour_market_figure (occupation, region, period, measure, figure, source, imported_by, imported_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(f.occupation(), f.region(), f.period(), f.measure().code(), f.figure(), f.source(), importedBy, at.atOffset(ZoneOffset.UTC))
                    .update();
        }
        return replaced > 0;
    }

    /** What changes when figures are imported or removed: the number of rows and the last import. */
    public String state() {
        return jdbc.sql("select count(*), max(imported_at) from labour_market_figure").query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).single();
    }

    public List<DemandFigure> all() {
        return jdbc.sql("select occupation, region, period, measure, figure, source from labour_market_figure order by occupation, region, period, measure")
                .query((rs, n) -> new DemandFigure(rs.getString(1), rs.getString(2), rs.getString(3), Measure.fromCode(rs.getString(4)).orElseThrow(),
                        rs.getLong(5), rs.getString(6)))
                .list();
    }
}
