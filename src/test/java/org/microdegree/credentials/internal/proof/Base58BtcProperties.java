package org.microdegree.credentials.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.multibase.Multibase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Our base58btc text of a signature (or any byte string) is copper-multibase's, byte for byte. */
class Base58BtcProperties {

    @Property(tries = 2000)
    void anyByteStringReadsAsCopperMultibaseWritesIt(@ForAll("byteStrings") byte[] bytes) {
        assertThat(Base58Btc.encode(bytes)).isEqualTo(Multibase.BASE_58_BTC.encode(bytes));
    }

    @Example
    void aSignatureOfSixtyFourBytesAndTheEdgesOfTheAlphabet() {
        byte[] signature = new byte[64];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (byte) (i * 37 + 11);
        }
        assertThat(Base58Btc.encode(signature)).isEqualTo(Multibase.BASE_58_BTC.encode(signature));
        assertThat(Base58Btc.encode(new byte[0])).as("copper-multibase refuses nothing; nothing reads as nothing").isEqualTo("z");
        assertThat(Base58Btc.encode(new byte[3])).isEqualTo("z111");
        assertThat(Base58Btc.encode(new byte[]{0, 0, 57})).isEqualTo("z11z");
        assertThat(Base58Btc.encode(new byte[]{0, 58})).isEqualTo("z121");
    }

    @Provide
    Arbitrary<byte[]> byteStrings() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(80);
        Arbitrary<byte[]> signatures = Arbitraries.bytes().array(byte[].class).ofSize(64);
        // leading zero bytes, and bytes at the ends of their range, where carries and padding digits go wrong first
        Arbitrary<byte[]> edges = Arbitraries.of((byte) 0, (byte) 0, (byte) 1, (byte) -1, (byte) 57, (byte) 58).array(byte[].class).ofMinSize(1).ofMaxSize(70);
        return Arbitraries.oneOf(any, signatures, edges);
    }
}
