package com.parkreview.app.ui;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.ui.common.FxTasks;
import java.util.Objects;

/**
 * The composition root's state: settings, the worker for jobs off the FX thread, and the open
 * workspace, which File › Open replaces.
 */
public final class ClientContext implements AutoCloseable {

    private final ClientSettings settings;
    private final FxTasks tasks = new FxTasks();
    private Workspace workspace;

    public ClientContext(ClientSettings settings, Database database) {
        this.settings = settings;
        this.workspace = Workspace.on(database);
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
