package org.microdegree.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/** ISCED-F 2013 fields of education and training by code, with their English names (shipped, see vocabularies/ATTRIBUTION.md). */
@Component
class IscedFields {

    private final Map<String, String> names = new LinkedHashMap<>();

    /** A field as a select offers it: its code, and the code with its name. */
    record Named(String value, String label) {}

    IscedFields() {
        try (InputStream in = IscedFields.class.getResourceAsStream("/vocabularies/isced-f-2013.csv")) {
            if (in == null) {
                throw new IllegalStateException("vocabularies/isced-f-2013.csv is missing from the build");
            }
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                names.put(r.get("code"), r.get("name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field, in the list's order (broad, narrow, detailed under each other). */
    List<Named> options() {
        return names.keySet().stream().sorted().map(c -> new Named(c, named(c))).toList();
    }

    Set<String> codes() {
        return names.keySet();
    }

    /** "0613 Software and applications development and analysis"; the code alone when it is no ISCED-F code. */
    String named(String code) {
        String name = names.get(code);
        return name == null ? code : code + " " + name;
    }
}
