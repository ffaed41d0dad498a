package com.parkreview.app.persistence;

import java.nio.file.Path;

/**
 * Child process of {@link SecondInstanceIT}: another ParkReview that has the file open and
 * keeps it open until its standard input closes, then scores once more and closes.
 */
public final class HoldingChild {

    private HoldingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseFile.of(Path.of(args[0])), OpenOptions.existing())) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() != -1) {
                // holding the file
            }
            long sheet = Long.parseLong(args[1]);
            new com.parkreview.app.review.ScoringService(db)
                    .commitScore(com.parkreview.app.review.Actor.expert("E1", "测试"), sheet, "5.3", "9");
            System.out.println("SAVED");
        }
    }
}
