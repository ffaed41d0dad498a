package com.parkreview.app.ui.signin;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.Recusal;
import com.parkreview.app.review.ScoringService;
import com.parkreview.app.review.SessionSummary;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.common.UiText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An expert's sign-in on a shared laptop: the session, oneself on its panel, the confirmation of
 * the review-discipline pledge (评审纪律承诺), and any conflict of interest (回避) with an applicant,
 * each with its reason. A declared conflict takes the applicant off the expert's list.
 */
public final class SignInViewModel {

    private final StoreAccess store;
    private final ScoringService scoring;
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ObservableList<Expert> experts = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<SessionSummary> session = new SimpleObjectProperty<>();
    private final ObjectProperty<Expert> expert = new SimpleObjectProperty<>();
    private final BooleanProperty pledged = new SimpleBooleanProperty();
    /** The expert confirmed the pledge at an earlier sign-in: it stays confirmed (round 24 unticked it with one click). */
    private final ReadOnlyBooleanWrapper pledgedBefore = new ReadOnlyBooleanWrapper();
    private Optional<Long> onlyExpert = Optional.empty();
    private final ReadOnlyBooleanWrapper canSignIn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper reasonsMissing = new ReadOnlyStringWrapper("");

    public SignInViewModel(StoreAccess store, ScoringService scoring) {
        this.store = store;
        this.scoring = scoring;
        List<SessionSummary> stored = store.read(s -> s.sessions().list());
        sessions.setAll(stored);
        session.addListener((obs, old, now) -> loadPanel());
        expert.addListener((obs, old, now) -> loadConflicts());
    }

    public ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    public ObservableList<Expert> experts() {
        return experts;
    }

    /** One row per applicant of the session: whether the expert declares a conflict with it, and why. */
    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public ObjectProperty<SessionSummary> sessionProperty() {
        return session;
    }

    public ObjectProperty<Expert> expertProperty() {
        return expert;
    }

    public BooleanProperty pledgedProperty() {
        return pledged;
    }

    public ReadOnlyBooleanProperty pledgedBeforeProperty() {
        return pledgedBefore.getReadOnlyProperty();
    }

    /** Session and expert chosen, the pledge confirmed, every declared conflict with a reason. */
    public ReadOnlyBooleanProperty canSignInProperty() {
        return canSignIn.getReadOnlyProperty();
    }

    /**
     * On an expert's own laptop (a kit opened in expert mode): the kit's session and that expert
     * only, already chosen; the pledge and the conflicts are still the expert's to confirm.
     */
    public void onlyFor(long sessionId, long expertId) {
        onlyExpert = Optional.of(expertId);
        sessions.removeIf(s -> s.id() != sessionId);
        chooseSession(sessionId);
        experts.stream().filter(e -> e.id() == expertId).findFirst().ifPresent(expert::set);
    }

    /** Chooses a session by id (as the start page opens one). */
    public void chooseSession(long id) {
        sessions.stream().filter(s -> s.id() == id).findFirst().ifPresent(session::set);
    }

    /** Records the pledge (once) and the newly declared conflicts; returns who signed in. */
    public SignedIn signIn() {
        if (!canSignIn.get()) {
            throw new IllegalStateException("sign-in is not complete");
        }
        Expert who = expert.get();
        Actor actor = Actor.expert(who.code(), who.name());
        if (who.pledgeConfirmedAt().isEmpty()) {
            scoring.confirmPledge(actor, who.id());
        }
        for (ConflictRow row : conflicts) {
            if (row.declaredProperty().get() && !row.alreadyDeclared()) {
                scoring.declareRecusal(actor, who.id(), row.applicant().id(), row.reasonProperty().get());
            }
        }
        return new SignedIn(session.get().id(), who, actor);
    }

    /** The expert at work in a session. */
    public record SignedIn(long sessionId, Expert expert, Actor actor) {
    }

    private void loadPanel() {
        expert.set(null);
        pledgedBefore.set(false);
        pledged.set(false);
        List<Expert> panel = session.get() == null ? List.of() : store.read(s -> s.experts().list(session.get().id()));
        experts.setAll(panel.stream().filter(e -> onlyExpert.map(id -> id == e.id()).orElse(true)).toList());
        loadConflicts();
    }

    private void loadConflicts() {
        Expert who = expert.get();
        if (session.get() == null || who == null) {
            conflicts.clear();
            pledgedBefore.set(false);
            pledged.set(false);
            rebind();
            return;
        }
        pledgedBefore.set(who.pledgeConfirmedAt().isPresent());
        pledged.set(who.pledgeConfirmedAt().isPresent());
        long sessionId = session.get().id();
        List<Applicant> applicants = store.read(s -> s.applicants().list(sessionId)).stream()
                .filter(a -> a.preReview().passed()).toList();
        List<Recusal> recusals = store.read(s -> s.experts().recusals(sessionId));
        conflicts.setAll(applicants.stream().map(a -> new ConflictRow(a, recusals.stream()
                .filter(r -> r.expertId() == who.id() && r.applicantId() == a.id()).findFirst()
                .map(Recusal::reason))).toList());
        rebind();
    }

    private void rebind() {
        // the sign-in button greyed with nothing saying why (a tester's round 21 ticked A06 and left its reason empty)
        reasonsMissing.bind(Bindings.createStringBinding(() -> {
            List<String> codes = conflicts.stream().filter(c -> !c.complete()).map(c -> c.applicant().code()).toList();
            return codes.isEmpty() ? "" : UiText.text("signin.reasonMissing", String.join(UiText.text("list.separator"), codes));
        }, conflicts.stream().flatMap(c -> Stream.of(c.declaredProperty(), c.reasonProperty())).toArray(Observable[]::new)));
        canSignIn.bind(session.isNotNull().and(expert.isNotNull()).and(pledged).and(reasonsMissing.isEmpty()));
    }

    /** The declared conflicts whose reason is still to be typed, in words; empty when none. */
    public ReadOnlyStringProperty reasonsMissingProperty() {
        return reasonsMissing.getReadOnlyProperty();
    }

    /** An applicant of the session, as the expert sees it at sign-in. */
    public static final class ConflictRow {
        private final Applicant applicant;
        private final boolean alreadyDeclared;
        private final BooleanProperty declared = new SimpleBooleanProperty();
        private final StringProperty reason = new SimpleStringProperty("");

        ConflictRow(Applicant applicant, Optional<String> declaredReason) {
            this.applicant = applicant;
            this.alreadyDeclared = declaredReason.isPresent();
            declared.set(alreadyDeclared);
            reason.set(declaredReason.orElse(""));
        }

        public Applicant applicant() {
            return applicant;
        }

        /** Declared at an earlier sign-in: recorded, and not taken back here. */
        public boolean alreadyDeclared() {
            return alreadyDeclared;
        }

        public BooleanProperty declaredProperty() {
            return declared;
        }

        public StringProperty reasonProperty() {
            return reason;
        }

        boolean complete() {
            return !declared.get() || !reason.get().isBlank();
        }
    }
}
