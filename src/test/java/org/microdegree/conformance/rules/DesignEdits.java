package org.microdegree.conformance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.catalog.model.CatalogueBundle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Small edits to a design held as a document, addressed as in findings:
 * {@code microCredentials[luh:mc-solo].creditPoints}, {@code institutions[lut].country}.
 */
final class DesignEdits {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private DesignEdits() {
    }

    /** The design every rule case starts from: it meets luh-2023, luh-2025 and eu-2022. */
    static ObjectNode ruleBase() {
        try (InputStream in = DesignEdits.class.getResourceAsStream("/designs/rule-base.yaml")) {
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CatalogueBundle bundle(ObjectNode doc) {
        return new BundleFormat().read("design.json", YAML.writer().writeValueAsBytes(doc), BundleSyntax.YAML).bundle();
    }

    /** Sets a field to a number, a text, or (given YAML) a tree such as {@code "allOf: [...]"}. */
    static UnaryOperator<ObjectNode> set(String path, Object value) {
        return doc -> {
            Target t = target(doc, path);
            JsonNode node = switch (value) {
                case Integer i -> doc.numberNode(i);
                case Double d -> doc.numberNode(d);
                case String s when s.startsWith("[") || s.startsWith("{") || s.contains("\n") || s.contains(": ") -> YAML.readTree(s);
                case String s -> doc.stringNode(s);
                default -> throw new IllegalArgumentException(value.toString());
            };
            t.parent().set(t.field(), node);
            return doc;
        };
    }

    static UnaryOperator<ObjectNode> remove(String path) {
        return doc -> {
            Target t = target(doc, path);
            t.parent().remove(t.field());
            return doc;
        };
    }

    static UnaryOperator<ObjectNode> emptyList(String path) {
        return doc -> {
            Target t = target(doc, path);
            t.parent().putArray(t.field());
            return doc;
        };
    }

    @SafeVarargs
    static UnaryOperator<ObjectNode> all(UnaryOperator<ObjectNode>... edits) {
        return doc -> {
            ObjectNode d = doc;
            for (UnaryOperator<ObjectNode> e : edits) {
                d = e.apply(d);
            }
            return d;
        };
    }

    private record Target(ObjectNode parent, String field) {}

    private static Target target(ObjectNode doc, String path) {
        String[] parts = path.split("\\.(?![^\\[]*])");
        ObjectNode node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        return new Target(node, parts[parts.length - 1]);
    }

    private static ObjectNode step(ObjectNode node, String part) {
        int open = part.indexOf('[');
        if (open < 0) {
            return (ObjectNode) node.get(part);
        }
        String list = part.substring(0, open);
        String id = part.substring(open + 1, part.length() - 1);
        ArrayNode items = (ArrayNode) node.get(list);
        if (id.matches("\\d+")) {
            return (ObjectNode) items.get(Integer.parseInt(id));
        }
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalArgumentException("no " + id + " in " + list);
    }
}
