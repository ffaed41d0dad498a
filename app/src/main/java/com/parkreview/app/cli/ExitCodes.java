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

    private ExitCodes() {
    }
}
