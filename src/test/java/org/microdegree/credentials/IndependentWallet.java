package org.microdegree.credentials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A wallet that shares no code with ours: Sphereon's OpenID4VCI client, run with Node beside the
 * independent verifier (same packages, installed offline from the lock file). It takes a credential
 * offer and its transaction code and, over HTTP, fetches the metadata, redeems the code, gets a nonce
 * and asks for the credential with an ES256 proof of possession of a key it makes for the purpose.
 */
public final class IndependentWallet {

    /** What the wallet got: the credential, or the error it met (and the console output for the report). */
    public record Received(JsonNode result, String console) {
        public boolean received() {
            return result.has("credential");
        }

        public JsonNode credential() {
            return result.path("credential");
        }

        public String error() {
            return result.path("error").asString("");
        }
    }

    private IndependentWallet() {
    }

    public static Received receive(String offerUri, String txCode) throws IOException, InterruptedException {
        IndependentVerifier.install();
        Path out = Files.createTempFile(IndependentVerifier.HOME, "wallet-", ".json");
        IndependentVerifier.Result run = IndependentVerifier.run(List.of("node", "wallet.mjs", offerUri, txCode,
                IndependentVerifier.HOME.relativize(out).toString()), 120);
        String written = Files.readString(out);
        JsonNode result = written.isBlank()
                ? JsonMapper.builder().build().readTree("{\"error\": \"the wallet wrote nothing (exit "
                        + run.exit() + ")\"}")
                : JsonMapper.builder().build().readTree(written);
        return new Received(result, run.output());
    }
}
