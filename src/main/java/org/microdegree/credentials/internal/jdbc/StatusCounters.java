package org.microdegree.credentials.internal.jdbc;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.microdegree.credentials.internal.StatusPermutation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a new certificate stands in its institution's status list (ADR 0058): the next counter of
 * the institution, placed by the institution's {@link StatusPermutation}. Counters are reserved
 * from the database a block at a time (a row lock per block, so that several instances on one
 * database never take the same one); the certificate table's unique (institution, counter) index
 * is the last word. Certificates stored before counters existed get theirs when their institution's
 * key is made: the counter of the position they hold, which no new certificate can then take.
 */
@Repository
public class StatusCounters {

    /** Counters reserved at once. Those left when the process ends stay unused: at most this many per run of 2^20. */
    static final int BLOCK = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A certificate's place: the counter it takes and its position in the list. */
    public record Place(int counter, int position) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, StatusPermutation> permutations = new ConcurrentHashMap<>();

    public StatusCounters(JdbcClient jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(tm);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private record Block(StatusPermutation permutation, int from, int to) {}

    /** An institution's current block and how far it is used, guarded by itself. */
    private static final class Counter {
        Block block;
        int next;
    }

    /** The next free place in the institution's list. */
    public Place next(String institution) {
        Counter c = counters.computeIfAbsent(institution, i -> new Counter());
        synchronized (c) {
            if (c.block == null || c.next == c.block.to()) {
                c.block = reserve(institution);
                c.next = c.block.from();
            }
            int counter = c.next++;
            return new Place(counter, c.block.permutation().position(counter));
        }
    }

    /** The counter of the certificate at this position of the institution's list; empty when the institution has issued none. */
    public Optional<Integer> counterAt(String institution, int position) {
        if (position < 0 || position >= StatusPermutation.SIZE) {
            return Optional.empty();
        }
        return permutation(institution).map(p -> p.counter(position));
    }

    private Optional<StatusPermutation> permutation(String institution) {
        StatusPermutation known = permutations.get(institution);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<byte[]> key = jdbc.sql("select permutation_key from certificate_status_list where institution_id = ?").param(institution)
                .query(byte[].class).optional();
        return key.map(k -> permutationOf(institution, k));
    }

    private record ListRow(byte[] key, int nextCounter) {}

    private Block reserve(String institution) {
        Block block = own.execute(t -> {
            Optional<ListRow> row = jdbc.sql("select permutation_key, next_counter from certificate_status_list where institution_id = ? for update")
                    .param(institution).query((rs, n) -> new ListRow(rs.getBytes(1), rs.getInt(2))).optional();
            if (row.isEmpty()) {
                return null;
            }
            int from = row.get().nextCounter();
            if (from >= StatusPermutation.SIZE) {
                throw new IllegalStateException("the status list of " + institution + " has no free place left");
            }
            int to = Math.min(from + BLOCK, StatusPermutation.SIZE);
            jdbc.sql("update certificate_status_list set next_counter = ? where institution_id = ?").params(to, institution).update();
            return new Block(permutationOf(institution, row.get().key()), from, to);
        });
        if (block == null) {
            return create(institution);
        }
        return block;
    }

    /** The permutation of this key; a key that changed under the cache (a restored database) replaces the cached one. */
    private StatusPermutation permutationOf(String institution, byte[] key) {
        return permutations.compute(institution, (i, known) -> known != null && known.hasKey(key) ? known : new StatusPermutation(key));
    }

    /** A certificate stored before counters existed, and the position it holds. */
    private record Legacy(String id, int position) {}

    /** The institution's first reservation: its key, and counters for what it issued before there were any. */
    private Block create(String institution) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        StatusPermutation permutation = new StatusPermutation(key);
        try {
            own.executeWithoutResult(t -> {
                jdbc.sql("insert into certificate_status_list (institution_id, permutation_key, next_counter) values (?, ?, 0)").params(institution, key)
                        .update();
                jdbc.sql("select id, status_index from certificate where institution_id = ? and status_counter is null").param(institution)
                        .query((rs, n) -> new Legacy(rs.getString(1), rs.getInt(2))).list()
                        .forEach(c -> jdbc.sql("update certificate set status_counter = ? where id = ?")
                                .params(permutation.counter(c.position()), c.id()).update());
            });
        } catch (DuplicateKeyException e) {
            // another instance made it first: take a block of its list
        }
        return reserve(institution);
    }
}
