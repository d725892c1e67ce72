package org.microdegree.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Our JSON text of a value is Parsson's, character for character, whatever its strings hold. */
class JsonTextProperties {

    @Property(tries = 1000)
    void anyDocumentReadsAsParssonWritesIt(@ForAll("texts") List<String> texts, @ForAll("numbers") List<BigDecimal> numbers) {
        JsonObjectBuilder document = Json.createObjectBuilder();
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            JsonValue entry = i % 3 == 0
                    ? Json.createObjectBuilder().add("name", text).add("empty", Json.createArrayBuilder()).build()
                    : Json.createValue(text);
            document.add(text, entry);
            list.add(text);
        }
        numbers.forEach(list::add);
        list.add(JsonValue.TRUE).add(JsonValue.FALSE).add(JsonValue.NULL).add(42).add(-7L).add(Json.createObjectBuilder());
        JsonValue value = document.add("list", list).build();

        assertThat(JsonText.of(value)).isEqualTo(value.toString());
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> tricky = Arbitraries.of("", "Lea Schütz", "Zoë \"Zo\" O'Neil", "back\\slash", "tab\there", "line\nbreak\r\n",
                "\u0000\u0001\u001f\u007f", "\b\f", "𝔘𝔫𝔦", "</script>", "\u2028\u2029");
        return Arbitraries.oneOf(any, tricky).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<BigDecimal>> numbers() {
        return Arbitraries.bigDecimals().ofScale(3).list().ofMaxSize(4);
    }
}
