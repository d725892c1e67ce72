package org.microdegree.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Counters 0, 1, 2, ... take distinct places all over an institution's status list, which its key alone tells back. */
class StatusPermutationProperties {

    private static final byte[] HANNOVER_KEY = "Leibniz Universitaet Hannover, a status list key".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Example
    void everyCounterTakesAPlaceOfItsOwn() {
        StatusPermutation hannover = new StatusPermutation(HANNOVER_KEY);
        BitSet taken = new BitSet(StatusPermutation.SIZE);

        for (int counter = 0; counter < StatusPermutation.SIZE; counter++) {
            int position = hannover.position(counter);
            assertThat(taken.get(position)).as("place of counter %d taken before", counter).isFalse();
            taken.set(position);
        }

        assertThat(taken.cardinality()).isEqualTo(StatusPermutation.SIZE);
    }

    @Property(tries = 500)
    void theKeyTellsTheCounterBackFromThePlace(@ForAll @Size(min = 16, max = 32) byte[] key,
            @ForAll @IntRange(min = 0, max = StatusPermutation.SIZE - 1) int counter) {
        StatusPermutation list = new StatusPermutation(key);

        assertThat(list.counter(list.position(counter))).isEqualTo(counter);
        assertThat(list.position(list.counter(counter))).isEqualTo(counter);
    }

    @Example
    void certificatesIssuedOneAfterAnotherStandFarApart() {
        StatusPermutation hannover = new StatusPermutation(HANNOVER_KEY);
        int close = 0;
        for (int counter = 0; counter < 10_000; counter++) {
            if (Math.abs(hannover.position(counter + 1) - hannover.position(counter)) < 1024) {
                close++;
            }
        }
        // at random about 2 in 1,024 neighbours would be that close
        assertThat(close).isLessThan(60);
    }

    @Example
    void anotherKeyPlacesTheSameCountersElsewhere() {
        StatusPermutation hannover = new StatusPermutation(HANNOVER_KEY);
        StatusPermutation braunschweig = new StatusPermutation("TU Braunschweig, another status list key".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int same = 0;
        for (int counter = 0; counter < 10_000; counter++) {
            if (hannover.position(counter) == braunschweig.position(counter)) {
                same++;
            }
        }

        assertThat(same).isLessThan(5);
        assertThat(hannover.hasKey(HANNOVER_KEY.clone())).isTrue();
        assertThat(hannover.hasKey("TU Braunschweig, another status list key".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isFalse();
    }

    @Example
    void aPlaceOutsideTheListOrAShortKeyIsRefused() {
        StatusPermutation hannover = new StatusPermutation(HANNOVER_KEY);

        assertThatThrownBy(() -> hannover.position(StatusPermutation.SIZE)).hasMessageContaining("lies in 0..1048575");
        assertThatThrownBy(() -> hannover.counter(-1)).hasMessageContaining("lies in 0..1048575");
        assertThatThrownBy(() -> new StatusPermutation(new byte[8])).hasMessageContaining("at least 16 bytes");
    }
}
