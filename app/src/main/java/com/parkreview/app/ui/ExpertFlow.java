package com.parkreview.app.ui;

import com.parkreview.app.review.ExpertMode;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.ui.applicants.ApplicantListView;
import com.parkreview.app.ui.applicants.ApplicantListViewModel;
import com.parkreview.app.ui.common.ErrorDialog;
import com.parkreview.app.ui.common.InfoDialog;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.scoring.ScoreFormView;
import com.parkreview.app.ui.scoring.ScoreFormViewModel;
import com.parkreview.app.ui.signin.SignInView;
import com.parkreview.app.ui.signin.SignInViewModel;
import com.parkreview.app.ui.timer.DefenseTimerViewModel;
import java.util.Optional;

/**
 * The expert's way through the window: sign in, the list of applicants, the score form of one,
 * and the signed score file of a laptop in expert mode.
 */
final class ExpertFlow {

    private final FlowParts parts;

    private SignInViewModel.SignedIn current;
    /** Whether one of the signed-in expert's screens is shown. */
    private boolean showing;

    ExpertFlow(FlowParts parts) {
        this.parts = parts;
    }

    void showSignIn(Optional<Long> sessionId) {
        parts.screens().leave();
        ViewLoader.Loaded<SignInView> page = parts.loader().load(SignInView.class);
        SignInViewModel model = new SignInViewModel(db(), parts.context().workspace().scoring());
        Optional<ExpertMode> mode = db().read(s -> s.expertMode().current());
        if (mode.isPresent()) {
            model.onlyFor(mode.get().sessionId(), mode.get().expertId());
        } else {
            sessionId.ifPresent(model::chooseSession);
        }
        page.controller().bind(model);
        parts.screens().show(page.root());
    }

    void showApplicants(SignInViewModel.SignedIn who) {
        parts.screens().leave();
        ViewLoader.Loaded<ApplicantListView> page = parts.loader().load(ApplicantListView.class);
        page.controller().bind(new ApplicantListViewModel(db(), who.sessionId(), who.expert().id()),
                who.expert().code() + " " + who.expert().name());
        showing = true;
        parts.screens().show(page.root(), () -> showing = false);
    }

    /**
     * The expert signed in, while one of the expert's screens (the applicants, a score form) is
     * shown: the window made again in another language shows that expert's applicants.
     */
    Optional<SignInViewModel.SignedIn> signedInAndShown() {
        return showing ? Optional.ofNullable(current) : Optional.empty();
    }

    void showScoreForm(SignInViewModel.SignedIn who, long applicantId) {
        try {
            ScoreFormViewModel model = ScoreFormViewModel.open(db(), parts.context().workspace().scoring(), who.actor(),
                    who.expert().id(), applicantId);
            ReviewSession session = db().read(s -> s.sessions().find(who.sessionId())).orElseThrow();
            parts.screens().leave();
            ViewLoader.Loaded<ScoreFormView> page = parts.loader().load(ScoreFormView.class);
            page.controller().bind(model, new DefenseTimerViewModel(session.details().timing()));
            showing = true;
            parts.screens().show(page.root(), () -> {
                page.controller().leave();
                showing = false;
            });
        } catch (RuntimeException e) {
            ErrorDialog.show(parts.owner(), e);
        }
    }

    /** The expert's score file, written in expert mode only. */
    void exportScores() {
        Optional<ExpertMode> mode = db().read(s -> s.expertMode().current());
        if (mode.isEmpty()) {
            InfoDialog.show(parts.owner(), UiText.text("laptop.exportTitle"), UiText.text("laptop.notExpertMode"));
            return;
        }
        parts.exchange().exportScores(mode.get());
    }

    /** Nobody is signed in any more: another database is open. */
    void forget() {
        current = null;
    }

    /** The sign-in page's action. */
    void signedIn(SignInViewModel model) {
        try {
            current = model.signIn();
            showApplicants(current);
        } catch (RuntimeException e) {
            ErrorDialog.show(parts.owner(), e);
        }
    }

    ApplicantListView.Actions applicantListActions() {
        return new ApplicantListView.Actions() {
            @Override
            public void open(ApplicantListViewModel.Row row) {
                showScoreForm(current, row.applicant().id());
            }

            @Override
            public void signOut() {
                current = null;
                parts.navigator().showStart();
            }
        };
    }

    ScoreFormView.Actions scoreFormActions() {
        return new ScoreFormView.Actions() {
            @Override
            public void back() {
                showApplicants(current);
            }

            @Override
            public void print(long applicantId, boolean blank) {
                guarded(() -> parts.printing().fromForm(current.actor(), current.sessionId(), current.expert().code(),
                        applicantId, blank));
            }
        };
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(parts.owner(), action);
    }

    private StoreAccess db() {
        return parts.context().workspace().store();
    }
}
