package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.results.ResultsStanding;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.MergeService;
import com.parkreview.app.review.MergedSession;
import com.parkreview.app.review.StoreAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The session the console works on: the one reading of it its tabs share, and whether its results
 * are still those of the last merge. Every tab observes it; once {@link #watch watching} the store,
 * a change committed anywhere in the program (a score signed, a recusal, a sheet re-opened, an
 * import) makes it read the session again and tell every tab, and shows the results as out of
 * date when the change would change them.
 */
public final class ConsoleSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConsoleSession.class.getName());

    private final MergeService merge;
    private final ResultsStanding standings;
    private final Actor actor;
    private final long sessionId;
    private MergedSession snapshot;
    private final ReadOnlyObjectWrapper<ResultsStanding.Standing> standing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper staleWarning = new ReadOnlyStringWrapper("");
    private final List<Runnable> onReload = new ArrayList<>();
    private final AtomicBoolean reloadAsked = new AtomicBoolean();
    private StoreAccess.Subscription watching = () -> { };
    private volatile boolean closed;

    public ConsoleSession(MergeService merge, ResultsStanding standings, Actor actor, long sessionId) {
        this.merge = merge;
        this.standings = standings;
        this.actor = actor;
        this.sessionId = sessionId;
        reload();
    }

    public long sessionId() {
        return sessionId;
    }

    public Actor actor() {
        return actor;
    }

    public MergedSession snapshot() {
        return snapshot;
    }

    /** Where the results stand against the last merge. */
    public ReadOnlyObjectProperty<ResultsStanding.Standing> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** Empty while the results are current; else what changed since the merge, in words. */
    public ReadOnlyStringProperty staleWarningProperty() {
        return staleWarning.getReadOnlyProperty();
    }

    /**
     * Reads the session again (merging, recording new flags): after a change, here or in another
     * window. Every tab that showed the earlier reading is told, so none is left showing it.
     */
    public MergedSession reload() {
        reloadAsked.set(false);
        show(read());
        return snapshot;
    }

    /** One reading of the session: merged (new flags recorded) and where its results stand. */
    private record Reading(MergedSession merged, ResultsStanding.Standing standing) {
    }

    private Reading read() {
        return new Reading(merge.merged(actor, sessionId), standings.of(sessionId));
    }

    private void show(Reading reading) {
        snapshot = reading.merged();
        standing.set(reading.standing());
        staleWarning.set(reading.standing().outOfDate() ? reading.standing().words().in(UiText.locale()) : "");
        onReload.forEach(Runnable::run);
    }

    /** Something to do after each reading, e.g. a tab showing the new one. */
    public void onReload(Runnable action) {
        onReload.add(action);
    }

    /**
     * Reads the session again after each change committed to the store: the reading (a merge, and
     * a write if it finds new flags) on {@code reading}, one at a time in order, then shown on the
     * thread {@code ui} runs things on, so that the window never waits for the store while another
     * job writes to it; changes that come together are read once. Until {@link #close}.
     */
    public ConsoleSession watch(StoreAccess store, Executor reading, Executor ui) {
        watching.close();
        watching = store.whenChanged(() -> {
            if (reloadAsked.compareAndSet(false, true)) {
                reading.execute(() -> {
                    if (!reloadAsked.getAndSet(false) || closed) {
                        return;
                    }
                    Reading read;
                    try {
                        read = read();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "the console could not read session " + sessionId + " again", e);
                        return;
                    }
                    ui.execute(() -> {
                        if (!closed) {
                            show(read);
                        }
                    });
                });
            }
        });
        return this;
    }

    /** Stops watching the store: the console was left. */
    @Override
    public void close() {
        closed = true;
        watching.close();
    }
}
