package org.microdegree.shared.jdbc;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Small JSON documents kept in a text column (a notification's arguments, an application's profile). */
public final class JsonColumns {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static Map<String, Object> read(String json) {
        return JSON.readValue(json, MAP);
    }
}
