package com.parkreview.app.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the window asks which file or folder: the system's dialogs, or (in tests, which run
 * without a desktop) answers given in advance.
 */
public interface FileDialogs {

    /** The kind of file asked for: its description and patterns ({@code *.csv}). */
    record Kind(String description, List<String> patterns) {
        public static Kind of(String description, String... patterns) {
            return new Kind(description, List.of(patterns));
        }
    }

    Optional<Path> open(Window owner, String title, Kind kind);

    List<Path> openMany(Window owner, String title, Kind kind);

    /** A file to write; {@code folder} is where the dialog starts when given. */
    Optional<Path> save(Window owner, String title, Kind kind, String suggestedName, Optional<Path> folder);

    Optional<Path> folder(Window owner, String title);

    /** The system's dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, Kind kind) {
                return Optional.ofNullable(chooser(title, kind).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public List<Path> openMany(Window owner, String title, Kind kind) {
                List<File> files = chooser(title, kind).showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> save(Window owner, String title, Kind kind, String suggestedName,
                    Optional<Path> folder) {
                FileChooser chooser = chooser(title, kind);
                chooser.setInitialFileName(suggestedName);
                folder.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, Kind kind) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
                return chooser;
            }
        };
    }
}
