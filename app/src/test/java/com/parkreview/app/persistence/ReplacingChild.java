package com.parkreview.app.persistence;

import com.parkreview.app.cli.ParkReviewCommand;
import com.parkreview.app.review.Actor;
import java.nio.file.Path;

/**
 * Child process of {@link KilledWhileReplacingFilesIT}: warms up, prints {@code READY}, then does
 * one thing that replaces a file, and prints {@code DONE}:
 * {@code restore DB BACKUP}, {@code backup DB} (ten backups, one after another), or
 * {@code kit KIT LAPTOP} (the command line's {@code kit open}), {@code export DB KIT} (the
 * secretary's {@code kit export} of E1), or {@code session NEW} (a session
 * created into a new file).
 */
public final class ReplacingChild {

    private ReplacingChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "restore" -> {
                DatabaseFile file = DatabaseFile.of(Path.of(args[1]));
                Database.open(file, OpenOptions.existing()).close();
                ready();
                Restore.from(file, Path.of(args[2]), OpenOptions.existing(), Actor.commandLine());
            }
            case "backup" -> {
                try (Database db = Database.open(DatabaseFile.of(Path.of(args[1])), OpenOptions.existing())) {
                    ready();
                    for (int i = 0; i < 10; i++) {
                        db.backup();
                    }
                }
            }
            case "kit" -> command("kit", "open", args[1], "--db", args[2]);
            case "export" -> command("kit", "export", "--db", args[1], "--session", "1", "--expert", "E1", "--out",
                    args[2]);
            case "session" -> command("session", "create", "--db", args[1], "--name", "评审", "--date", "2026-12-10");
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("DONE");
        System.out.flush();
    }

    /** A command of the command line, warmed up first (its help printed) so that READY means its work starts. */
    private static void command(String... args) {
        ParkReviewCommand.commandLine(options -> {
            throw new IllegalStateException("no window");
        }).execute("--help");
        ready();
        int status = ParkReviewCommand.commandLine(options -> {
            throw new IllegalStateException("no window");
        }).execute(args);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", args) + " ended with status " + status);
        }
    }

    private static void ready() {
        System.out.println("READY");
        System.out.flush();
    }
}
