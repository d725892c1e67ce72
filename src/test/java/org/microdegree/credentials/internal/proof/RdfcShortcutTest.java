package org.microdegree.credentials.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expanding against a prepared active context gives exactly what titanium's own expansion gives. */
class RdfcShortcutTest {

    @Test
    void thePublishedVectorsAndOurOwnShapesCanonicaliseAlikeBothWays() throws Exception {
        for (String name : List.of("ob3-1edtech-eddsa-rdfc-2022.json", "w3c-vc-di-eddsa-B1-signed.json")) {
            JsonObject signed = json(name);
            JsonObject document = Json.createObjectBuilder(signed).remove("proof").build();
            // twice: the second time from the prepared context
            assertThat(Rdfc.BUNDLED.canonicalize(document)).as(name).isEqualTo(standard(document));
            assertThat(Rdfc.BUNDLED.canonicalize(document)).as(name).isEqualTo(standard(document));
        }
        JsonObject statusList = Json.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/credentials/v2").add("id", "https://x.example/status/luh")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", "did:web:x.example:institutions:luh").add("validFrom", "2026-11-30T10:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("id", "https://x.example/status/luh#list").add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation").add("encodedList", "uH4sIAAAAAAAA"))
                .build();
        assertThat(Rdfc.BUNDLED.canonicalize(statusList)).isEqualTo(standard(statusList));
    }

    @Test
    void anInlineContextTakesTheOrdinaryWay() throws Exception {
        JsonObject inline = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add(Json.createObjectBuilder().add("note", "https://x.example/vocab#note")))
                .add("type", "VerifiableCredential").add("note", "hello").build();
        assertThat(Rdfc.BUNDLED.canonicalize(inline)).isEqualTo(standard(inline)).contains("https://x.example/vocab#note");
    }

    static String standard(JsonObject document) throws Exception {
        JsonLdOptions options = new JsonLdOptions(LocalContexts.INSTANCE);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }

    private static JsonObject json(String name) throws Exception {
        try (var in = RdfcShortcutTest.class.getResourceAsStream("/vc-test-vectors/" + name)) {
            return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
        }
    }
}
