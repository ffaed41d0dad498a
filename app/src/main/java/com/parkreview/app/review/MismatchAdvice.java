package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;

/**
 * What to do when {@code verify} finds data that does not match its history: nothing printed or
 * signed from it, and the newest backup to restore from, named (round 26: the message said what
 * differed and stopped). Said by the command line and the window alike.
 */
public final class MismatchAdvice {

    private MismatchAdvice() {
    }

    public static LocalizedText of(OpenStore store) {
        return store.newestBackup().map(backup -> AppText.of("cli.verifyAdvice", backup.getFileName()))
                .orElseGet(() -> AppText.of("cli.verifyAdviceNoBackup"));
    }
}
