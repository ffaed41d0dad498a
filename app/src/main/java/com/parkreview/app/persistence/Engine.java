package com.parkreview.app.persistence;

import org.h2.engine.Constants;

/** The database engine the store runs on, as the About box names it. */
public final class Engine {

    private Engine() {
    }

    /** H2's version, e.g. "2.3.232". */
    public static String version() {
        return Constants.VERSION;
    }
}
