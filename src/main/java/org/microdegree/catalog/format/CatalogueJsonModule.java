package org.microdegree.catalog.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.DegreeType;
import org.microdegree.catalog.model.InstitutionKind;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.Mode;
import org.microdegree.catalog.model.Offering;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.catalog.model.StatedCredits;
import org.microdegree.catalog.model.StatedLevel;
import org.microdegree.catalog.model.StatedDuration;
import org.microdegree.catalog.model.Fee;
import org.microdegree.catalog.model.Stackability;
import org.microdegree.catalog.model.Supervision;
import org.microdegree.catalog.model.UnitKind;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.CertificateId;
import org.microdegree.shared.RoundId;
import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.Text;
import org.microdegree.shared.TextRules;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the catalogue's value types are written in bundles and API bodies: ids as strings, credit
 * points as numbers, enumerations by their codes, texts as one entry per language ({@code {en, de}},
 * {@code {nl}}; a plain string is English), and requirement trees by their own small grammar.
 */
public final class CatalogueJsonModule extends SimpleModule {

    public CatalogueJsonModule() {
        super("microdegree-catalogue");
        // every text of a bundle: no control characters, nothing longer than the store keeps
        addDeserializer(String.class, new ValueDeserializer<>() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = StringDeserializer.instance.deserialize(p, ctxt);
                String problem = TextRules.problem(text, TextRules.ANY_TEXT);
                return problem == null ? text : ctxt.reportInputMismatch(String.class, "the text " + problem);
            }
        });
        scalar(ItemId.class, ItemId::of, ItemId::value);
        scalar(InstitutionId.class, InstitutionId::of, InstitutionId::value);
        // not the catalogue's, but every API body and event names learners, certificates, rounds and applications by these ids as plain text too
        scalar(LearnerId.class, LearnerId::of, LearnerId::value);
        scalar(CertificateId.class, CertificateId::of, CertificateId::value);
        scalar(RoundId.class, RoundId::of, RoundId::value);
        scalar(ApplicationId.class, ApplicationId::of, ApplicationId::value);
        addSerializer(CreditPoints.class, new ValueSerializer<>() {
            @Override
            public void serialize(CreditPoints value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeNumber(value.toBigDecimal());
            }
        });
        addDeserializer(CreditPoints.class, new ValueDeserializer<>() {
            @Override
            public CreditPoints deserialize(JsonParser p, DeserializationContext ctxt) {
                try {
                    if (p.currentToken().isNumeric()) {
                        return CreditPoints.of(p.getDecimalValue());
                    }
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        return CreditPoints.parse(p.getString());
                    }
                } catch (IllegalArgumentException | ArithmeticException e) {
                    return ctxt.reportInputMismatch(CreditPoints.class, e.getMessage());
                }
                return ctxt.reportInputMismatch(CreditPoints.class, "expected a number of credit points");
            }
        });
        addSerializer(EqfLevel.class, new ValueSerializer<>() {
            @Override
            public void serialize(EqfLevel value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeNumber(value.level());
            }
        });
        addDeserializer(EqfLevel.class, new ValueDeserializer<>() {
            @Override
            public EqfLevel deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    return ctxt.reportInputMismatch(EqfLevel.class, "expected an EQF level, a whole number from 1 to 8");
                }
                try {
                    return EqfLevel.of(p.getIntValue());
                } catch (IllegalArgumentException e) {
                    return ctxt.reportInputMismatch(EqfLevel.class, e.getMessage());
                }
            }
        });
        // a size or level as the provider states it: "15 UK credits", "1-9", "DQR 6", "Master level"
        addSerializer(StatedCredits.class, new ValueSerializer<>() {
            @Override
            public void serialize(StatedCredits value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(StatedCredits.class, new ValueDeserializer<>() {
            @Override
            public StatedCredits deserialize(JsonParser p, DeserializationContext ctxt) {
                if (!p.currentToken().isNumeric() && p.currentToken() != JsonToken.VALUE_STRING) {
                    return ctxt.reportInputMismatch(StatedCredits.class, "expected credits as stated, such as 6, '15 UK credits' or '1-9 ECTS'");
                }
                try {
                    return StatedCredits.parse(p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : p.getDecimalValue().toPlainString());
                } catch (IllegalArgumentException | ArithmeticException e) {
                    return ctxt.reportInputMismatch(StatedCredits.class, e.getMessage());
                }
            }
        });
        scalar(StatedLevel.class, StatedLevel::parse, StatedLevel::toString);
        scalar(StatedDuration.class, StatedDuration::parse, StatedDuration::toString);
        scalar(Fee.class, Fee::parse, Fee::toString);
        // one entry per language, in the provider's order
        addSerializer(Text.class, new ValueSerializer<>() {
            @Override
            public void serialize(Text value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeStartObject();
                for (Map.Entry<String, String> version : value.versions().entrySet()) {
                    gen.writeStringProperty(version.getKey(), version.getValue());
                }
                gen.writeEndObject();
            }
        });
        addDeserializer(Text.class, new ValueDeserializer<>() {
            @Override
            public Text deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode node = ctxt.readTree(p);
                for (JsonNode value : node.isObject() ? node.values() : List.of(node)) {
                    String problem = value.isString() ? TextRules.problem(value.stringValue(), TextRules.ANY_TEXT) : null;
                    if (problem != null) {
                        return ctxt.reportInputMismatch(Text.class, "the text " + problem);
                    }
                }
                try {
                    if (node.isString()) {
                        return Text.en(node.stringValue());
                    }
                    if (node.isObject()) {
                        Map<String, String> versions = new LinkedHashMap<>();
                        for (Map.Entry<String, JsonNode> version : node.properties()) {
                            if (!version.getValue().isString() && !version.getValue().isNull()) {
                                return ctxt.reportInputMismatch(Text.class, "the '%s' version must be text", version.getKey());
                            }
                            versions.put(version.getKey(), version.getValue().isNull() ? null : version.getValue().stringValue());
                        }
                        return new Text(versions);
                    }
                } catch (IllegalArgumentException e) {
                    return ctxt.reportInputMismatch(Text.class, e.getMessage());
                }
                return ctxt.reportInputMismatch(Text.class, "expected a text, or one per language such as {en: ..., de: ...} or {nl: ...}");
            }
        });
        coded(Mode.class);
        coded(Offering.class);
        coded(AssessmentType.class);
        coded(Supervision.class);
        coded(Stackability.class);
        coded(InstitutionKind.class);
        coded(UnitKind.class);
        coded(DegreeType.class);
        coded(Sharing.class);
        coded(ItemKind.class);
        coded(LifecycleStatus.class);
        coded(LifecycleAction.class);
        addSerializer(Requirement.class, new RequirementJson.Writer());
        addDeserializer(Requirement.class, new RequirementJson.Reader());
    }

    private <T> void scalar(Class<T> type, Function<String, T> parse, Function<T, String> print) {
        addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(print.apply(value));
            }
        });
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (p.currentToken() != JsonToken.VALUE_STRING && !p.currentToken().isNumeric()) {
                    return ctxt.reportInputMismatch(type, "expected text");
                }
                try {
                    return parse.apply(p.getString());
                } catch (IllegalArgumentException e) {
                    return ctxt.reportInputMismatch(type, e.getMessage());
                }
            }
        });
    }

    private <E extends Enum<E> & Coded> void coded(Class<E> type) {
        addSerializer(type, new ValueSerializer<E>() {
            @Override
            public void serialize(E value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.code());
            }
        });
        addDeserializer(type, new ValueDeserializer<E>() {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) {
                String code = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : null;
                return Coded.fromCode(type, code == null ? "" : code).orElseGet(() -> ctxt.reportInputMismatch(type,
                        "'%s' is not one of: %s", code == null ? p.currentToken() : code, Coded.codes(type)));
            }
        });
    }

}
