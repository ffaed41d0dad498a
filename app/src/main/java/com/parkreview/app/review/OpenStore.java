package com.parkreview.app.review;

/**
 * A store a command or a window has open: a database file, or a database on a programme office's
 * server; closed when the work is done.
 */
public interface OpenStore extends StoreAccess, AutoCloseable {

    /** Where the store is, as messages name it: the file's path, or the server address without any password. */
    String where();

    @Override
    void close();
}
