package com.parkreview.app.ui;

import com.parkreview.app.ui.signin.SignInViewModel;
import java.util.Optional;
import javafx.stage.Window;

/** Moves the window between screens. */
public interface Navigator {

    void showStart();

    void showSignIn(Optional<Long> sessionId);

    void showApplicants(SignInViewModel.SignedIn who);

    void showScoreForm(SignInViewModel.SignedIn who, long applicantId);

    /** The window, for dialogs. */
    Window window();
}
