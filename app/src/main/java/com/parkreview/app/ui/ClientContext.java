package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.StoreException;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.app.ui.common.FileDialogs;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The composition root's state: settings, the worker for jobs off the FX thread, and the open
 * workspace, which File › Open and File › Connect to server replace. The workspace is asked for
 * on the FX thread and by jobs on the worker, so its methods hold the context's lock.
 */
public final class ClientContext implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClientContext.class.getName());

    private final ClientSettings settings;
    private final FxTasks tasks = new FxTasks();
    private final FileDialogs files;
    private Workspace workspace;
    private Supplier<Workspace> opening;

    public ClientContext(ClientSettings settings, Database database) {
        this(settings, database, FileDialogs.system());
    }

    public ClientContext(ClientSettings settings, Database database, FileDialogs files) {
        this(settings, files);
        this.workspace = Workspace.on(database);
    }

    /**
     * A context whose database is still opening (the window is built and shown meanwhile):
     * {@link #opening} gives it, and nothing may ask for the workspace before.
     */
    public ClientContext(ClientSettings settings, FileDialogs files) {
        this.settings = settings;
        this.files = files;
    }

    /**
     * The database the window starts on, opening on another thread. Whatever asks for the
     * workspace before it is open waits for it; if it cannot be opened, that asker gets the
     * reason ({@link StoreException}).
     */
    public synchronized void opening(CompletableFuture<Database> database) {
        Objects.requireNonNull(database);
        startOn(() -> Workspace.on(awaited(database)));
    }

    /** The same for a database on a programme office's server, connecting on another thread. */
    public synchronized void connecting(CompletableFuture<OpenStore> server) {
        Objects.requireNonNull(server);
        startOn(() -> Workspace.onServer(awaited(server)));
    }

    /** The server the window started on was not reached: it starts on this database file instead. */
    public synchronized void openingInstead(CompletableFuture<Database> database) {
        Objects.requireNonNull(database);
        if (workspace != null) {
            throw new IllegalStateException("a database is open already: switch to another instead");
        }
        opening = () -> Workspace.on(awaited(database));
    }

    private void startOn(Supplier<Workspace> starting) {
        if (workspace != null || opening != null) {
            throw new IllegalStateException("a database is open already: switch to another instead");
        }
        opening = starting;
    }

    /** Where the window asks for files and folders. */
    public FileDialogs files() {
        return files;
    }

    public ClientSettings settings() {
        return settings;
    }

    public FxTasks tasks() {
        return tasks;
    }

    public synchronized Workspace workspace() {
        if (workspace == null) {
            if (opening == null) {
                throw new IllegalStateException("no database given yet");
            }
            workspace = opening.get();
        }
        return workspace;
    }

    private static <T> T awaited(CompletableFuture<T> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes the open store (a file with its backup) and works on another database file. */
    public synchronized void switchTo(Database database) {
        switchTo(Workspace.on(Objects.requireNonNull(database)));
    }

    /** Closes the open store (a file with its backup) and works on a database on a server. */
    public synchronized void connectedTo(OpenStore server) {
        switchTo(Workspace.onServer(Objects.requireNonNull(server)));
    }

    private void switchTo(Workspace next) {
        Workspace old = workspace();
        workspace = next;
        old.close();
    }

    /** Works on a database that replaced the closed one (a restore). */
    public synchronized void replace(Database database) {
        workspace = Workspace.on(Objects.requireNonNull(database));
    }

    @Override
    public synchronized void close() {
        tasks.close();
        if (workspace == null && opening != null) {
            try {
                workspace();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the starting database never opened: nothing to close", e);
            }
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
