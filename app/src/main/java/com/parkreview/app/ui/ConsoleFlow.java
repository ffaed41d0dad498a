package com.parkreview.app.ui;

import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Expert;
import com.parkreview.app.review.LateRecusal;
import com.parkreview.app.review.Panel;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.PaperResolution;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.ScoreSheet;
import com.parkreview.app.review.SessionStatus;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.TextField;
import com.parkreview.app.setup.CloseSession;
import com.parkreview.app.setup.EditSession;
import com.parkreview.app.ui.common.Busy;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.ReasonPrompt;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.UnsavedEntries;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.console.CloseSessionViewModel;
import com.parkreview.app.ui.console.ConsoleSession;
import com.parkreview.app.ui.console.ConsoleView;
import com.parkreview.app.ui.console.PanelViewModel;
import com.parkreview.app.ui.console.ProgressViewModel;
import com.parkreview.app.ui.console.ResultsViewModel;
import com.parkreview.app.ui.console.SecondEntryDialog;
import com.parkreview.app.ui.console.SecondEntryViewModel;
import com.parkreview.app.ui.console.SetupViewModel;
import com.parkreview.app.ui.scoring.ScoreFormView;
import com.parkreview.app.ui.scoring.ScoreFormViewModel;
import com.parkreview.app.ui.start.NewSessionViewModel;
import com.parkreview.app.ui.timer.DefenseTimerViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;

/**
 * The secretary's console on a session: its tabs kept in step, what its buttons ask for, and the
 * paper sheets typed in from it (paper entry, a declared recusal, the second entry).
 */
final class ConsoleFlow {

    private final FlowParts parts;

    private ConsoleSession console;
    private ConsoleView consoleView;
    private Runnable consoleRefresh = () -> { };

    ConsoleFlow(FlowParts parts) {
        this.parts = parts;
    }

    /** The secretary's console on a session. */
    void showConsole(long sessionId) {
        try {
            parts.screens().leave();
            Workspace workspace = parts.context().workspace();
            ReviewSession session = db().read(s -> s.sessions().find(sessionId)).orElseThrow();
            Actor secretary = Actor.secretaryOf(session);
            console = new ConsoleSession(workspace.merge(), workspace.resultsStanding(), secretary, sessionId)
                    .watch(db(), parts.context().tasks().background(), Platform::runLater);
            ConsoleSession shown = console;
            SetupViewModel setup = new SetupViewModel(db(), workspace.setup(), secretary, sessionId);
            ProgressViewModel progress = new ProgressViewModel(console::snapshot, Clock.systemDefaultZone());
            PanelViewModel panel = new PanelViewModel(console, workspace.merge(), workspace.setup(), secretary);
            ResultsViewModel results = new ResultsViewModel(console::snapshot);
            // every change made in one tab (a flag resolved, an applicant added) shows in all of them
            console.onReload(() -> {
                setup.refresh();
                progress.refresh();
                results.refresh();
                consoleView.setDetails(consoleDetails(sessionId));
            });
            setup.onChange(console::reload);
            consoleRefresh = console::reload;
            ViewLoader.Loaded<ConsoleView> page = parts.loader().load(ConsoleView.class);
            consoleView = page.controller();
            consoleView.bind(session.name(), consoleDetails(sessionId), setup, progress, panel, results);
            consoleView.bindStaleWarning(console.staleWarningProperty());
            consoleView.setClosed(session.status() == SessionStatus.DECIDED);
            parts.screens().shell().setSessionReports(true);
            parts.screens().show(page.root(), () -> {
                shown.close();
                console = null;
                consoleRefresh = () -> { };
                parts.screens().shell().setSessionReports(false);
            });
        } catch (RuntimeException e) {
            ErrorDialog.show(parts.owner(), e);
        }
    }

    /** The new-session dialog; a session made opens in the console. */
    void newSession() {
        NewSessionViewModel model = new NewSessionViewModel();
        Optional<List<Panel>> mine = ErrorDialog.guard(parts.owner(), () -> db().read(s -> s.panels().mine()));
        if (mine.isEmpty()) {
            return; // the store could not be read: said so
        }
        model.panel().offer(mine.get());
        if (SessionForm.askNew(parts, UiText.text("newSession.title"), model)) {
            try {
                long id = model.create(parts.context().workspace().setup(), Actor.secretary(System.getProperty("user.name", "")));
                showConsole(id);
            } catch (RuntimeException e) {
                ErrorDialog.show(parts.owner(), e);
            }
        }
    }

    /** Session › Properties: the session open in the console, corrected (with a reason once scoring started). */
    void editSession() {
        if (console == null) {
            return;
        }
        long sessionId = console.sessionId();
        EditSession edit = new EditSession(db());
        NewSessionViewModel model = NewSessionViewModel.of(edit.current(sessionId));
        SessionForm.correctUntilSaved(parts, model, edit.reasonNeeded(sessionId), edit.fixed(sessionId),
                why -> model.correct(edit, console.actor(), sessionId, why));
    }

    /**
     * Session › Close session…: refused saying why (not merged, results out of date, closed
     * already), or asked first (the question names the session and takes the secretary's name),
     * then closed as {@code session close} closes it; the console shows it closed.
     */
    void closeSession() {
        if (console == null) {
            return;
        }
        long sessionId = console.sessionId();
        CloseSessionViewModel model = new CloseSessionViewModel(new CloseSession(db()),
                db().read(s -> s.sessions().find(sessionId)).orElseThrow());
        Optional<String> refused = model.refusal();
        if (refused.isPresent()) {
            InfoDialog.show(parts.owner(), UiText.text("closeSession.refused"), refused.get());
            return;
        }
        ReasonPrompt.ask(parts.owner(), UiText.text("closeSession.title"), model.question(), "closeSessionDialog",
                "closingSecretary").ifPresent(name -> guarded(() -> {
                    model.close(name);
                    showConsole(sessionId);
                }));
    }

    /** The session open in the console, while the console is shown. */
    Optional<Long> openSession() {
        return console == null ? Optional.empty() : Optional.of(console.sessionId());
    }

    /** Session › Print: a sheet of the session open in the console, if one is. */
    void printSession(ConsoleView.PrintKind kind) {
        if (console != null) {
            guarded(() -> parts.printing().fromConsole(console.actor(), console.sessionId(), kind));
        }
    }

    ConsoleView.Actions actions() {
        return new ConsoleView.Actions() {
            @Override
            public void back() {
                parts.navigator().showStart();
            }

            @Override
            public void refresh() {
                guarded(consoleRefresh);
            }

            @Override
            public void merge() {
                var results = parts.context().workspace().mergeResults();
                Busy.run(parts.context().tasks(), parts.owner(), UiText.text("merge.busy"), () ->
                        results.merge(console.actor(), console.sessionId()), merged -> {
                            consoleRefresh.run();
                            consoleView.showPanel();
                        });
            }

            @Override
            public void print(ConsoleView.PrintKind kind) {
                guarded(() -> parts.printing().fromConsole(console.actor(), console.sessionId(), kind));
            }

            @Override
            public void importScores() {
                parts.exchange().importScores(console.actor(), console.sessionId(), () -> guarded(consoleRefresh));
            }

            @Override
            public void handOutKits(List<Expert> experts) {
                parts.exchange().handOutKits(console.actor(), console.sessionId(), experts);
            }

            @Override
            public void paperEntry(Expert expert, Applicant applicant) {
                if (UnsavedEntries.mayLeave(parts.owner())) {
                    showPaperForm(console.sessionId(), expert, applicant);
                }
            }

            @Override
            public void recordRecusal(Expert expert, Applicant applicant, boolean afterSigning) {
                askRecusalReason(expert, applicant, afterSigning).ifPresent(reason -> guarded(() -> {
                    if (afterSigning) {
                        new LateRecusal(db()).record(console.actor(), expert.id(), applicant.id(), reason);
                    } else {
                        parts.context().workspace().scoring().declareRecusal(console.actor(), expert.id(), applicant.id(),
                                reason);
                    }
                    consoleRefresh.run();
                }));
            }

            @Override
            public void secondEntry(Expert expert, Applicant applicant, ScoreSheet sheet) {
                ReviewSession session = db().read(s -> s.sessions().find(console.sessionId())).orElseThrow();
                SecondEntryViewModel model = new SecondEntryViewModel(new PaperEntry(db()), sheet.id(),
                        session.settings());
                model.allowSettling(new PaperResolution(db()), console.actor());
                if (SecondEntryDialog.show(parts.owner(), UiText.text("secondEntry.heading", expert.code(), expert.name(),
                        applicant.code(), applicant.name(), sheet.round()), model)) {
                    guarded(consoleRefresh);
                }
            }
        };
    }

    private String consoleDetails(long sessionId) {
        ReviewSession session = db().read(s -> s.sessions().find(sessionId)).orElseThrow();
        return UiText.text("console.details", String.valueOf(session.year()),
                session.date().map(Object::toString).orElse("—"), session.details().venue(),
                UiText.text("session.status." + session.status().name()),
                session.budget().map(b -> b.toWanString()).orElse("—"));
    }

    /**
     * An expert's paper sheet typed in by a named person into the score form, marked as paper; it
     * counts once another person's second entry matches. Back returns to the progress matrix.
     */
    private void showPaperForm(long sessionId, Expert expert, Applicant applicant) {
        Optional<String> typist = askTypist(expert, applicant);
        if (typist.isEmpty()) {
            return;
        }
        try {
            Actor actor = Actor.secretary(TextField.ACTOR.check(typist.get()));
            new PaperEntry(db()).openPaperSheet(actor, expert.id(), applicant.id());
            ScoreFormViewModel model = ScoreFormViewModel.open(db(), parts.context().workspace().scoring(), actor, expert.id(),
                    applicant.id());
            ReviewSession session = db().read(s -> s.sessions().find(sessionId)).orElseThrow();
            parts.screens().leave();
            ViewLoader.Loaded<ScoreFormView> page = parts.loader().load(ScoreFormView.class, () -> new ScoreFormView(
                    new ScoreFormView.Actions() {
                        @Override
                        public void back() {
                            showConsole(sessionId);
                            consoleView.showProgress();
                        }

                        @Override
                        public void print(long applicantId, boolean blank) {
                            guarded(() -> parts.printing().fromForm(actor, sessionId, expert.code(), applicantId, blank));
                        }
                    }));
            page.controller().bind(model, new DefenseTimerViewModel(session.details().timing()));
            parts.screens().show(page.root(), page.controller()::leave);
        } catch (RuntimeException e) {
            ErrorDialog.show(parts.owner(), e);
        }
    }

    /** The reason of a conflict, as the expert wrote it on paper or as it was found out after signing. */
    private Optional<String> askRecusalReason(Expert expert, Applicant applicant, boolean afterSigning) {
        String prompt = afterSigning ? "recusal.promptAfterSigning" : "recusal.prompt";
        return ReasonPrompt.ask(parts.owner(), UiText.text("recusal.title"), UiText.text(prompt, expert.code(),
                expert.name(), applicant.code(), applicant.name()), "recusalDialog", "recusalReason");
    }

    private Optional<String> askTypist(Expert expert, Applicant applicant) {
        return ReasonPrompt.ask(parts.owner(), UiText.text("paper.title"), UiText.text("paper.typistPrompt", expert.code(),
                expert.name(), applicant.code(), applicant.name()), "typistDialog", "typistName");
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(parts.owner(), action);
    }

    private StoreAccess db() {
        return parts.context().workspace().store();
    }
}
