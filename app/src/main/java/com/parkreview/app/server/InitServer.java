package com.parkreview.app.server;

import com.parkreview.app.persistence.ServerRoles;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;

/**
 * {@code server init}: what an administrator runs once on a programme office's database (and again
 * after each upgrade): the reader and secretary roles, their grants, and the row-level security
 * that lets a secretary change only their own panel's sessions. Only the tables' owner may.
 */
public final class InitServer {

    private final Actor actor;

    public InitServer(Actor actor) {
        this.actor = actor;
    }

    /** What was left in place: the database's reader and secretary roles, and how many tables are guarded. */
    public record Prepared(String database, String readerRole, String secretaryRole, int guardedTables) {
    }

    public Prepared run(OpenStore server) {
        ServerRoles.Prepared prepared = ServerRoles.init(server, actor);
        return new Prepared(prepared.database(), prepared.readerRole(), prepared.secretaryRole(),
                prepared.guardedTables());
    }
}
