package com.parkreview.app.setup;

import com.parkreview.app.AppText;
import com.parkreview.app.review.HistoryEntry;
import com.parkreview.app.review.Store;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.LocalizedTime;
import com.parkreview.scoring.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Optimistic versioning of a correction (issue 20): a form is filled from a record as it was read;
 * if another secretary (another window, another machine on the server) changed the same fields
 * since, saving would silently overwrite their change. The correction is refused instead, nothing
 * saved, naming what they changed, who and when, so that the later writer looks first.
 */
final class ChangedMeanwhile {

    private final Store store;
    private final LocalizedText what;
    private final String entity;
    private final long id;
    private final List<LocalizedText> changed = new ArrayList<>();

    /**
     * @param what   the record, as messages name it ({@code changed.session}, …)
     * @param entity the history's name for the record's table, and the record's key
     */
    ChangedMeanwhile(Store store, LocalizedText what, String entity, long id) {
        this.store = store;
        this.what = what;
        this.entity = entity;
        this.id = id;
    }

    /** A field a correction writes: its name in messages ({@code changed.field.<key>}) and how it is read. */
    record Field<R>(String key, Function<R, ?> value) {
    }

    static <R> Field<R> field(String key, Function<R, ?> value) {
        return new Field<>(key, value);
    }

    /** Notes each of {@code fields} that differs between the record the form started from and the one stored now. */
    <R> ChangedMeanwhile compare(R startedFrom, R now, List<Field<R>> fields) {
        for (Field<R> field : fields) {
            if (!Objects.equals(field.value().apply(startedFrom), field.value().apply(now))) {
                changed.add(AppText.of("changed.field." + field.key()));
            }
        }
        return this;
    }

    /** Refuses the correction when anything it would write was changed since the form was filled. */
    void refuseIfAny() {
        if (changed.isEmpty()) {
            return;
        }
        Optional<HistoryEntry> last = store.history().lastChangeOf(entity, String.valueOf(id));
        throw new ValidationException(AppText.of("setup.changedMeanwhile", what, AppText.list(changed),
                last.map(HistoryEntry::actor).orElse("—"),
                last.map(e -> LocalizedTime.of(e.at(), Locale.getDefault())).orElse("—")));
    }
}
