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
        this.settings = settings;
        this.files = files;
        this.workspace = Workspace.on(database);
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
        workspace.database().closeWithBackup();
    }
}
