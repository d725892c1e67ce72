package org.microdegree.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * What counts towards a credential: a passed achievement, or a granted recognition (then
 * {@code item} is the micro-credential or programme it was recognised for, and {@code creditPoints}
 * what was credited).
 *
 * @param source {@code achievement} or {@code recognition}
 * @param german the grade on the German scale, null for pass/fail and recognitions without grade
 */
public record Evidence(String source, String id, @Nullable ItemKind itemKind, @Nullable ItemId item, InstitutionId institution,
        BigDecimal creditPoints, @Nullable BigDecimal german, LocalDate date) {}
