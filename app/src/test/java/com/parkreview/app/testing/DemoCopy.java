package com.parkreview.app.testing;

import com.parkreview.app.demo.DemoDatabase;
import com.parkreview.app.persistence.DatabaseFile;
import java.nio.file.Path;

/** The demonstration database, as a first start places it, in a test's own folder. */
public final class DemoCopy {

    private DemoCopy() {
    }

    /** Places {@code panel.mv.db} (and its history marker {@code panel.head}) in {@code dir}; returns the file. */
    public static Path placed(Path dir) {
        Path db = dir.resolve("panel.mv.db");
        if (!DemoDatabase.placeIfMissing(DatabaseFile.of(db))) {
            throw new IllegalStateException("a database is already there: " + db);
        }
        return db;
    }
}
