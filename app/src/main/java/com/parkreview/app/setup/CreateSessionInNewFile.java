package com.parkreview.app.setup;

import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.persistence.OpenOptions;
import com.parkreview.app.persistence.WholeNewDatabase;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.SessionDetails;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.util.Optional;

/**
 * Use case: a session created into a database file that does not exist yet
 * ({@code session create --db NEW.mv.db}): the file appears with the session in it, or not at all
 * ({@link WholeNewDatabase}) — a process killed on the way never leaves an empty database under
 * the name, which {@code verify} would refuse as holding no history.
 */
public final class CreateSessionInNewFile {

    /** The new file's database, open (the caller closes it), and the session's id in it. */
    public record Created(Database database, long sessionId) {
    }

    private CreateSessionInNewFile() {
    }

    public static Created create(DatabaseFile file, OpenOptions options, Actor actor, SessionDetails details,
            ProgrammeSettings settings, Optional<String> panel) {
        WholeNewDatabase.Made<Long> made = WholeNewDatabase.make(file, options,
                db -> new SessionSetup(db).createSession(actor, details, settings, panel));
        return new Created(made.database(), made.result());
    }
}
