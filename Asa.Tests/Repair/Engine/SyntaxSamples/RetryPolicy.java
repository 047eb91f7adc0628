package com.example.net;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Retries an operation with exponential back-off and jitter; see {@code RetryPolicy.builder()}. */
public final class RetryPolicy {

    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final class Builder {
        private int attempts = 3;
        private Duration base = Duration.ofMillis(100);
        private Duration cap = Duration.ofSeconds(10);
        private double jitter = 0.2;
        private BiFunction<Integer, Throwable, Boolean> retryOn = (attempt, error) -> !(error instanceof IllegalArgumentException);

        public Builder attempts(int attempts) {
            if (attempts < 1) throw new IllegalArgumentException("attempts must be >= 1");
            this.attempts = attempts;
            return this;
        }

        public Builder base(Duration base) { this.base = Objects.requireNonNull(base); return this; }

        public Builder cap(Duration cap) { this.cap = cap; return this; }

        public Builder jitter(double jitter) {
            this.jitter = Math.max(0.0, Math.min(1.0, jitter));
            return this;
        }

        public Builder retryOn(BiFunction<Integer, Throwable, Boolean> retryOn) {
            this.retryOn = retryOn;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }

    private final int attempts;
    private final Duration base;
    private final Duration cap;
    private final double jitter;
    private final BiFunction<Integer, Throwable, Boolean> retryOn;
    private final Supplier<Random> random;

    private RetryPolicy(Builder b) {
        attempts = b.attempts;
        base = b.base;
        cap = b.cap;
        jitter = b.jitter;
        retryOn = b.retryOn;
        random = ThreadLocalRandom::current;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The delay before attempt {@code n} (1-based): base * 2^(n-1), capped, +/- jitter. */
    public Duration delay(int n) {
        long exponential = base.toMillis() << Math.min(n - 1, 30);
        long capped = Math.min(exponential, cap.toMillis());
        double spread = capped * jitter;
        long jittered = Math.round(capped - spread + random.get().nextDouble() * 2 * spread);
        return Duration.ofMillis(Math.max(0L, jittered));
    }

    public <T> T call(Callable<T> operation, Sleeper sleeper) throws Exception {
        Throwable last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return operation.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw e;
            } catch (Exception | AssertionError e) {
                last = e;
                boolean again = attempt < attempts && Boolean.TRUE.equals(retryOn.apply(attempt, e));
                if (!again) {
                    break;
                }
                sleeper.sleep(delay(attempt));
            }
        }
        if (last instanceof Exception e) {
            throw e;
        }
        throw (Error) last;
    }

    @Override
    public String toString() {
        return "RetryPolicy{attempts=%d, base=%s, cap=%s, jitter=%.2f}".formatted(attempts, base, cap, jitter);
    }
}
