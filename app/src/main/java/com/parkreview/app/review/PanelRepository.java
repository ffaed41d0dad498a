package com.parkreview.app.review;

import java.util.List;
import java.util.Optional;

/**
 * The panels of a programme office's server and which panel each session belongs to. On a file
 * there are none, and every session may be changed by whoever opens the file.
 */
public interface PanelRepository {

    /** Every panel, by code. */
    List<Panel> list();

    Optional<Panel> find(String code);

    void add(Panel panel);

    /** The panel a session belongs to; empty on a file, or for a session made before panels. */
    Optional<Panel> ofSession(long sessionId);

    /** Moves a session to another panel (its history records the move). */
    void assign(long sessionId, String panelCode);

    /** The panels whose sessions the connected user may change (on a file: none, and no need). */
    List<Panel> mine();

    /**
     * Whether no panel restricts the connected user: on a file; on a server whose row-level security
     * is not on yet ({@code server init} not run); for the tables' owner or a superuser.
     */
    boolean unrestricted();

    /** Whether the connected user may change this session: unrestricted, or a secretary of its panel. */
    boolean mayChange(long sessionId);

    /** Who is connected, as the server knows them (empty on a file). */
    Optional<String> user();
}
