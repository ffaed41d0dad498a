package com.parkreview.app.ui;

import com.parkreview.app.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import javafx.stage.Window;

/** File dialogs answered in advance, in order, as a test drives the window without a desktop. */
final class ScriptedFileDialogs implements FileDialogs {

    private final Deque<Object> answers = new ConcurrentLinkedDeque<>();

    /** The next dialog (open, save or folder) answers this path. */
    ScriptedFileDialogs then(Path path) {
        answers.add(path);
        return this;
    }

    /** The next open-many dialog answers these files. */
    ScriptedFileDialogs thenMany(List<Path> paths) {
        answers.add(List.copyOf(paths));
        return this;
    }

    boolean allAsked() {
        return answers.isEmpty();
    }

    private Object next(String dialog, String title) {
        Object answer = answers.poll();
        if (answer == null) {
            throw new IllegalStateException("the test gave no answer for the " + dialog + " dialog \"" + title + "\"");
        }
        return answer;
    }

    @Override
    public Optional<Path> open(Window owner, String title, Kind kind) {
        return Optional.of((Path) next("open", title));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> openMany(Window owner, String title, Kind kind) {
        return (List<Path>) next("open-many", title);
    }

    @Override
    public Optional<Path> save(Window owner, String title, Kind kind, String suggestedName, Optional<Path> folder) {
        return Optional.of((Path) next("save", title));
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        return Optional.of((Path) next("folder", title));
    }
}
