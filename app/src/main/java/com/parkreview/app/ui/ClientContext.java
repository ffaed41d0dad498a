package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.app.ui.common.FileDialogs;
import java.util.Objects;

/**
 * The composition root's state: settings, the worker for jobs off the FX thread, and the open
 * workspace, which File › Open replaces.
 */
public final class ClientContext implements AutoCloseable {

    private final ClientSettings settings;
    private final FxTasks tasks = new FxTasks();
    private final FileDialogs files;
    private Workspace workspace;

    public ClientContext(ClientSettings settings, Database database) {
        this(settings, database, FileDialogs.system());
    }

    public ClientContext(ClientSettings settings, Database database, FileDialogs files) {
        this(settings, files);
        this.workspace = Workspace.on(database);
    }

    /**
     * A context whose database is still opening (the window is built meanwhile): {@link #open}
     * gives it, and nothing may ask for the workspace before.
     */
    public ClientContext(ClientSettings settings, FileDialogs files) {
        this.settings = settings;
        this.files = files;
    }

    /** The database the window starts on, once opened. */
    public void open(Database database) {
        if (workspace != null) {
            throw new IllegalStateException("a database is open already: switch to another instead");
        }
        workspace = Workspace.on(Objects.requireNonNull(database));
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

    public Workspace workspace() {
        if (workspace == null) {
            throw new IllegalStateException("the database is still opening");
        }
        return workspace;
    }

    /** Closes the open database (with its backup) and works on another. */
    public void switchTo(Database database) {
        Objects.requireNonNull(database);
        Database old = workspace.database();
        workspace = Workspace.on(database);
        old.closeWithBackup();
    }

    /** Works on a database that replaced the closed one (a restore). */
    public void replace(Database database) {
        workspace = Workspace.on(Objects.requireNonNull(database));
    }

    @Override
    public void close() {
        tasks.close();
        if (workspace != null) {
            workspace.database().closeWithBackup();
        }
    }
}
