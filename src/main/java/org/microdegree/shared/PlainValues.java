package org.microdegree.shared;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Records as plain, ordered maps for JSON documents (exports), where values may be absent. */
public final class PlainValues {

    private PlainValues() {
    }

    /** A map of the given keys and values, in this order; a value may be null. */
    public static Map<String, Object> map(@Nullable Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public static @Nullable String plain(@Nullable BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
