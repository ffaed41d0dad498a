package com.parkreview.app.cli;

/** Exit statuses of the command line. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Something unexpected failed; the details are in the log. */
    public static final int FAILED = 1;
    /** The input or the arguments were refused, with a message saying why; nothing was changed. */
    public static final int REFUSED = 2;
    /** A check ran and found a mismatch, which it reported. */
    public static final int CHECK_FAILED = 3;
    /**
     * A check found nothing wrong but could not be made whole: verify's history intact, while the
     * head marker that tells an older copy put in the file's place was missing or unreadable
     * (round 27: such a file, an older copy among them, passed with 0).
     */
    public static final int NOT_WHOLLY_CHECKED = 4;

    private ExitCodes() {
    }
}
