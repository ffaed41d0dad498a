package com.parkreview.app.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Work off the FX thread, one job at a time in the order given, with what to do on success,
 * on failure, and in any case, back on the FX thread.
 */
public final class FxTasks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTasks.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "parkreview-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicInteger pending = new AtomicInteger();

    /** A job and its continuations. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError, Runnable onFinally) {
        pending.incrementAndGet();
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    pending.decrementAndGet();
                    try {
                        onSuccess.accept(result);
                    } finally {
                        onFinally.run();
                    }
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    pending.decrementAndGet();
                    try {
                        onError.accept(e);
                    } finally {
                        onFinally.run();
                    }
                });
            }
        });
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        run(work, onSuccess, onError, () -> { });
    }

    /**
     * The worker as an executor, for work that shows its own result (it posts to the FX thread
     * itself): each job runs in turn with the others and counts until it has run ({@link #idle}).
     */
    public Executor background() {
        return job -> run(() -> {
            job.run();
            return null;
        }, done -> { }, e -> LOG.log(Level.WARNING, "a background job failed", e));
    }

    /**
     * Whether every job given has run and its continuation has started on the FX thread (it may
     * wait on a dialog it opened): what tests wait for.
     */
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
