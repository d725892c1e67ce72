package org.microdegree.credentials.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A stored credential gives back the very text that was signed, and a damaged one is refused, never misread. */
class PackedCredentialsProperties {

    // a certificate as the Open Badges renderer writes one, with a learner's name beyond ASCII
    private static final String LEA_SCHUETZ_MACHINE_LEARNING = """
            {"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],\
            "id":"urn:uuid:01a25077-4027-7000-bc98-5363a4d45844","type":["VerifiableCredential","OpenBadgeCredential"],\
            "issuer":{"id":"did:web:credentials.uni-hannover.de:institutions:luh","type":["Profile"],"name":"Leibniz Universität Hannover"},\
            "validFrom":"2026-12-07T12:25:22Z","name":"Machine Learning für Ingenieur*innen",\
            "credentialSubject":{"type":["AchievementSubject"],"identifier":[{"type":"IdentityObject","hashed":false,\
            "identityHash":"Lea Schütz","identityType":"name"}],"achievement":{"id":"https://credentials.uni-hannover.de/catalogue/items/luh%3Amc-ml",\
            "type":["Achievement"],"achievementType":"MicroCredential","name":"Machine Learning für Ingenieur*innen",\
            "criteria":{"narrative":"Learning outcomes:\\n- Modelle trainieren und bewerten 😀"}}},\
            "proof":[{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022","proofValue":"z63nUvTwkaG2rXGMmcscwYwusbG333MYfDL1kDb1Sv"}]}""";

    @Property(tries = 1000)
    void whatIsPackedUnpacksToTheSameText(@ForAll("credentials") String credential) {
        assertThat(PackedCredentials.unpack(PackedCredentials.pack(credential))).isEqualTo(credential);
    }

    @Example
    void aCertificateIsStoredInAFractionOfItsText() {
        byte[] packed = PackedCredentials.pack(LEA_SCHUETZ_MACHINE_LEARNING);

        assertThat(packed[0]).isEqualTo(PackedCredentials.DEFLATE_DICTIONARY_1);
        assertThat(packed.length).isLessThan(LEA_SCHUETZ_MACHINE_LEARNING.length() / 2);
        assertThat(PackedCredentials.unpack(packed)).isEqualTo(LEA_SCHUETZ_MACHINE_LEARNING);
    }

    @Example
    void aCredentialCutShortIsRefused() {
        byte[] packed = PackedCredentials.pack(LEA_SCHUETZ_MACHINE_LEARNING);

        assertThatThrownBy(() -> PackedCredentials.unpack(Arrays.copyOf(packed, packed.length - 10)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stored credential");
    }

    @Example
    void aCredentialWhoseHeaderLiesAboutItsLengthIsRefused() {
        byte[] longer = PackedCredentials.pack(LEA_SCHUETZ_MACHINE_LEARNING);
        longer[4]++;
        byte[] shorter = PackedCredentials.pack(LEA_SCHUETZ_MACHINE_LEARNING);
        shorter[4]--;

        assertThatThrownBy(() -> PackedCredentials.unpack(longer)).isInstanceOf(IllegalStateException.class).hasMessageContaining("shorter than");
        assertThatThrownBy(() -> PackedCredentials.unpack(shorter)).isInstanceOf(IllegalStateException.class).hasMessageContaining("longer than");
    }

    @Example
    void anUnknownFormatIsRefused() {
        byte[] packed = PackedCredentials.pack(LEA_SCHUETZ_MACHINE_LEARNING);
        packed[0] = 7;

        assertThatThrownBy(() -> PackedCredentials.unpack(packed)).hasMessageContaining("unknown format (format 7)");
        assertThatThrownBy(() -> PackedCredentials.unpack(new byte[0])).hasMessageContaining("unknown format (empty)");
    }

    @Provide
    Arbitrary<String> credentials() {
        // anything at all, short and long (the output buffer grows past a third of the text), and real ones
        // well-formed text only, built from code points: half of a surrogate pair alone is not text
        Arbitrary<String> anyCharacter = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE).map(Character::toString);
        Arbitrary<String> credentialText = Arbitraries.oneOf(Arbitraries.chars().range(' ', '~').map(String::valueOf),
                Arbitraries.of("ä", "ö", "ü", "ß", "é", "😀", "\n", "\"", "\\"));
        return Arbitraries.oneOf(
                anyCharacter.list().ofMaxSize(200).map(PackedCredentialsProperties::joined),
                credentialText.list().ofMinSize(2000).ofMaxSize(20_000).map(PackedCredentialsProperties::joined),
                Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(5000).ofMaxLength(9000),
                Arbitraries.of(LEA_SCHUETZ_MACHINE_LEARNING, ""));
    }

    private static String joined(List<String> parts) {
        return String.join("", parts);
    }
}
