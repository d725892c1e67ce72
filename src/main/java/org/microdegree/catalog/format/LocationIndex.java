package org.microdegree.catalog.format;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each path of a bundle stands in its source file, so that problems found after binding
 * (a reference to a module that does not exist) are reported with file, line and column.
 */
final class LocationIndex {

    record Position(int line, int column) {}

    private final Map<String, Position> positions = new HashMap<>();

    static LocationIndex scan(JsonParser parser) {
        LocationIndex index = new LocationIndex();
        try {
            scan(parser, index);
        } catch (JacksonException e) {
            // a file with a syntax error: the positions up to it are still worth having
        }
        return index;
    }

    private static void scan(JsonParser parser, LocationIndex index) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            // a property is located at its name, an array element at its first token
            var context = parser.streamReadContext();
            String path = null;
            if (token == JsonToken.PROPERTY_NAME || token.isScalarValue() && context.inArray()) {
                path = Paths.of(context);
            } else if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
                    && context.getParent() != null && context.getParent().inArray()) {
                path = Paths.of(context.getParent());
            }
            if (path != null) {
                TokenStreamLocation l = parser.currentTokenLocation();
                index.positions.putIfAbsent(path, new Position(l.getLineNr(), l.getColumnNr()));
            }
        }
    }

    /** The position of the path, or of its nearest ancestor that has one. */
    Position find(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Position pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
        return new Position(1, 1);
    }
}
