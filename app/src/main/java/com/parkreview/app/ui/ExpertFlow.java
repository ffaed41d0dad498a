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
import javafx.stage.Window;

/**
 * The expert's way through the window: sign in, the list of applicants, the score form of one,
 * and the signed score file of a laptop in expert mode.
 */
final class ExpertFlow {

    private final ClientContext context;
    private final Window owner;
    private final ViewLoader loader;
    private final Screens screens;
    private final SheetPrinting printing;
    private final OfflineExchangeFlow exchange;
    private final Navigator navigator;
    private SignInViewModel.SignedIn current;

    ExpertFlow(ClientContext context, Window owner, ViewLoader loader, Screens screens, SheetPrinting printing,
            OfflineExchangeFlow exchange, Navigator navigator) {
        this.context = context;
        this.owner = owner;
        this.loader = loader;
        this.screens = screens;
        this.printing = printing;
        this.exchange = exchange;
        this.navigator = navigator;
    }

    void showSignIn(Optional<Long> sessionId) {
        screens.leave();
        ViewLoader.Loaded<SignInView> page = loader.load(SignInView.class);
        SignInViewModel model = new SignInViewModel(db(), context.workspace().scoring());
        Optional<ExpertMode> mode = db().read(s -> s.expertMode().current());
        if (mode.isPresent()) {
            model.onlyFor(mode.get().sessionId(), mode.get().expertId());
        } else {
            sessionId.ifPresent(model::chooseSession);
        }
        page.controller().bind(model);
        screens.show(page.root());
    }

    void showApplicants(SignInViewModel.SignedIn who) {
        screens.leave();
        ViewLoader.Loaded<ApplicantListView> page = loader.load(ApplicantListView.class);
        page.controller().bind(new ApplicantListViewModel(db(), who.sessionId(), who.expert().id()),
                who.expert().code() + " " + who.expert().name());
        screens.show(page.root());
    }

    void showScoreForm(SignInViewModel.SignedIn who, long applicantId) {
        try {
            ScoreFormViewModel model = ScoreFormViewModel.open(db(), context.workspace().scoring(), who.actor(),
                    who.expert().id(), applicantId);
            ReviewSession session = db().read(s -> s.sessions().find(who.sessionId())).orElseThrow();
            screens.leave();
            ViewLoader.Loaded<ScoreFormView> page = loader.load(ScoreFormView.class);
            page.controller().bind(model, new DefenseTimerViewModel(session.details().timing()));
            screens.show(page.root(), page.controller()::leave);
        } catch (RuntimeException e) {
            ErrorDialog.show(owner, e);
        }
    }

    /** The expert's score file, written in expert mode only. */
    void exportScores() {
        Optional<ExpertMode> mode = db().read(s -> s.expertMode().current());
        if (mode.isEmpty()) {
            InfoDialog.show(owner, UiText.text("laptop.exportTitle"), UiText.text("laptop.notExpertMode"));
            return;
        }
        exchange.exportScores(mode.get());
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
            ErrorDialog.show(owner, e);
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
                navigator.showStart();
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
                guarded(() -> printing.fromForm(current.actor(), current.sessionId(), current.expert().code(),
                        applicantId, blank));
            }
        };
    }

    private void guarded(Runnable action) {
        ErrorDialog.guard(owner, action);
    }

    private StoreAccess db() {
        return context.workspace().database();
    }
}
