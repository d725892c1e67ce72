package org.microdegree.credentials.internal;

import lombok.RequiredArgsConstructor;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A few reusable, not thread-safe helpers (prepared JSON-LD contexts, parsed fonts), lent to one
 * caller at a time. Not a ThreadLocal: requests run on virtual threads, each new, so a per-thread
 * cache would be built again for every request.
 */
@RequiredArgsConstructor
public final class Pool<T> {

    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Supplier<T> make;
    private final int max;

    public T take() {
        T t = idle.poll();
        if (t == null) {
            return make.get();
        }
        size.decrementAndGet();
        return t;
    }

    public void give(T t) {
        if (size.incrementAndGet() <= max) {
            idle.offer(t);
        } else {
            size.decrementAndGet();
        }
    }
}
