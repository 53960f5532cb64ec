package com.rotadesk.model.review;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work played on another thread, waited for where it is needed, its failure thrown as it was thrown there. */
final class Parallel {
    private Parallel() {
    }

    /** A supplier that waits for the future and throws what it threw (not wrapped). */
    static <T> Supplier<T> joiner(CompletableFuture<T> future) {
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        };
    }
}
