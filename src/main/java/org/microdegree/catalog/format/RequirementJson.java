package org.microdegree.catalog.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** How requirement trees are written in bundles and API bodies: a small grammar of nested objects (docs/bundle-format.md). */
final class RequirementJson {

    private RequirementJson() {
    }

    static final class Writer extends ValueSerializer<Requirement> {
        @Override
        public void serialize(Requirement node, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            switch (node) {
                case Requirement.AllOf a -> children(gen, "allOf", a.of(), ctxt);
                case Requirement.AtLeast a -> {
                    gen.writeNumberProperty("atLeast", a.count());
                    children(gen, "of", a.of(), ctxt);
                }
                case Requirement.MinCredits m -> {
                    gen.writeName("minCredits");
                    gen.writeNumber(m.credits().toBigDecimal());
                    children(gen, "from", m.from(), ctxt);
                }
                case Requirement.Quota q -> {
                    gen.writeName("quota");
                    gen.writeStartArray();
                    for (Requirement.Share share : q.shares()) {
                        gen.writeStartObject();
                        gen.writeStringProperty("institution", share.institution().value());
                        gen.writeNumberProperty("count", share.count());
                        gen.writeEndObject();
                    }
                    gen.writeEndArray();
                    children(gen, "from", q.from(), ctxt);
                }
                case Requirement.Unit u -> gen.writeStringProperty(UNIT_KEYS.get(u.kind()), u.id().value());
            }
            if (node.options().label() != null) {
                gen.writeStringProperty("label", node.options().label());
            }
            if (node.options().sharing() != Sharing.EXCLUSIVE) {
                gen.writeStringProperty("sharing", node.options().sharing().code());
            }
            gen.writeEndObject();
        }

        private static void children(JsonGenerator gen, String name, List<Requirement> children, SerializationContext ctxt) {
            gen.writeName(name);
            gen.writeStartArray();
            for (Requirement child : children) {
                ctxt.writeValue(gen, child);
            }
            gen.writeEndArray();
        }
    }

    static final Map<ItemKind, String> UNIT_KEYS = Map.of(ItemKind.MODULE, "module",
            ItemKind.MICRO_CREDENTIAL, "microCredential", ItemKind.MICRO_DEGREE, "microDegree");

    /** Reads a requirement tree, naming the exact node of any mistake. */
    static final class Reader extends ValueDeserializer<Requirement> {

        private static final String GRAMMAR = "a requirement is one of: allOf: [...]; atLeast: N with of: [...];"
                + " minCredits: CP with from: [...]; quota: [{institution, count}] with from: [...];"
                + " module: ID; microCredential: ID; microDegree: ID (each optionally with label and sharing)";

        @Override
        public Requirement deserialize(JsonParser p, DeserializationContext ctxt) {
            String base = Paths.of(p.streamReadContext());
            if (p.currentToken() == JsonToken.START_OBJECT) {
                // the parser stands inside the object already: its path is the parent's
                base = Paths.of(p.streamReadContext().getParent());
            }
            JsonNode node = ctxt.readTree(p);
            return read(node, base);
        }

        private Requirement read(JsonNode node, String path) {
            if (!node.isObject()) {
                throw new BundleProblem(path, "expected a requirement object; " + GRAMMAR);
            }
            Requirement.Options options = options(node, path);
            Set<String> keys = Set.copyOf(node.propertyNames());
            if (keys.contains("allOf")) {
                only(keys, path, "allOf");
                return new Requirement.AllOf(list(node, "allOf", path), options);
            }
            if (keys.contains("atLeast")) {
                only(keys, path, "atLeast", "of");
                int count = count(node.get("atLeast"), Paths.child(path, "atLeast"));
                List<Requirement> of = list(node, "of", path);
                if (count > of.size()) {
                    throw new BundleProblem(Paths.child(path, "atLeast"), "asks for " + count + " but only " + of.size() + " options are listed");
                }
                return new Requirement.AtLeast(count, of, options);
            }
            if (keys.contains("minCredits")) {
                only(keys, path, "minCredits", "from");
                JsonNode c = node.get("minCredits");
                CreditPoints credits;
                try {
                    credits = c.isNumber() ? CreditPoints.of(c.decimalValue()) : CreditPoints.parse(c.asString());
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new BundleProblem(Paths.child(path, "minCredits"), "expected a number of credit points");
                }
                if (credits.isZero()) {
                    throw new BundleProblem(Paths.child(path, "minCredits"), "must be more than 0");
                }
                return new Requirement.MinCredits(credits, list(node, "from", path), options);
            }
            if (keys.contains("quota")) {
                only(keys, path, "quota", "from");
                return new Requirement.Quota(shares(node.get("quota"), Paths.child(path, "quota")), list(node, "from", path), options);
            }
            for (Map.Entry<ItemKind, String> unit : UNIT_KEYS.entrySet()) {
                if (keys.contains(unit.getValue())) {
                    only(keys, path, unit.getValue());
                    String idPath = Paths.child(path, unit.getValue());
                    JsonNode id = node.get(unit.getValue());
                    if (!id.isString() || !ItemId.isValid(id.stringValue())) {
                        throw new BundleProblem(idPath, "'" + id.asString() + "' is not an id of the form institution:name");
                    }
                    return new Requirement.Unit(unit.getKey(), ItemId.of(id.stringValue()), options);
                }
            }
            throw new BundleProblem(path, GRAMMAR);
        }

        private static void only(Set<String> keys, String path, String... allowed) {
            Set<String> ok = Set.of(allowed);
            for (String key : keys) {
                if (!ok.contains(key) && !key.equals("label") && !key.equals("sharing")) {
                    throw new BundleProblem(Paths.child(path, key), "unexpected key '" + key + "' next to '" + allowed[0] + "'; " + GRAMMAR);
                }
            }
            for (String key : allowed) {
                if (!keys.contains(key)) {
                    throw new BundleProblem(path, "'" + allowed[0] + "' needs '" + key + "'");
                }
            }
        }

        private List<Requirement> list(JsonNode node, String key, String path) {
            String listPath = Paths.child(path, key);
            JsonNode list = node.get(key);
            if (!list.isArray() || list.isEmpty()) {
                throw new BundleProblem(listPath, "expected a non-empty list of requirements");
            }
            List<Requirement> result = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                result.add(read(list.get(i), Paths.index(listPath, i)));
            }
            return result;
        }

        private static int count(JsonNode n, String path) {
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 1) {
                throw new BundleProblem(path, "expected a whole number of at least 1");
            }
            return n.intValue();
        }

        private static List<Requirement.Share> shares(JsonNode n, String path) {
            if (!n.isArray() || n.isEmpty()) {
                throw new BundleProblem(path, "expected a list of {institution, count}");
            }
            List<Requirement.Share> shares = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                String sharePath = Paths.index(path, i);
                JsonNode share = n.get(i);
                JsonNode inst = share.get("institution");
                if (!share.isObject() || inst == null || share.get("count") == null || share.size() != 2) {
                    throw new BundleProblem(sharePath, "expected {institution: ID, count: N}");
                }
                try {
                    shares.add(new Requirement.Share(InstitutionId.of(inst.asString()), count(share.get("count"), Paths.child(sharePath, "count"))));
                } catch (IllegalArgumentException e) {
                    throw new BundleProblem(Paths.child(sharePath, "institution"), e.getMessage());
                }
            }
            return shares;
        }

        private static Requirement.Options options(JsonNode node, String path) {
            JsonNode label = node.get("label");
            JsonNode sharing = node.get("sharing");
            Sharing s = Sharing.EXCLUSIVE;
            if (sharing != null) {
                s = Coded.fromCode(Sharing.class, sharing.asString()).orElseThrow(() -> new BundleProblem(
                        Paths.child(path, "sharing"), "'" + sharing.asString() + "' is not one of: " + Coded.codes(Sharing.class)));
            }
            if (label != null && !label.isString()) {
                throw new BundleProblem(Paths.child(path, "label"), "expected text");
            }
            return new Requirement.Options(label == null ? null : label.stringValue(), s);
        }
    }
}
