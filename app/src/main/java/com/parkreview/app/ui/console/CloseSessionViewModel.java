package com.parkreview.app.ui.console;

import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.setup.CloseSession;
import com.parkreview.app.ui.common.UiText;
import java.util.Optional;

/**
 * Session › Close session… on the session open in the console: why it cannot be closed now (the
 * use case's own sentence), the question asked before closing, and the closing itself
 * ({@link CloseSession}, as {@code session close} does it).
 */
public final class CloseSessionViewModel {

    private final CloseSession close;
    private final ReviewSession session;

    public CloseSessionViewModel(CloseSession close, ReviewSession session) {
        this.close = close;
        this.session = session;
    }

    /** Why the session cannot be closed now (not merged, results out of date, closed already), or empty. */
    public Optional<String> refusal() {
        return close.refusal(session.id()).map(text -> text.in(UiText.locale()));
    }

    /** What the confirmation asks: the session named, what closing means, and the secretary's name. */
    public String question() {
        String question = UiText.text("closeSession.question", String.valueOf(session.id()), session.name());
        return close.whatItDecides(session.id()).map(text -> text.in(UiText.locale()) + "\n\n" + question)
                .orElse(question);
    }

    /** Closes the session in the name of the secretary typed; a refusal says why and changes nothing. */
    public CloseSession.Closed close(String secretary) {
        return close.close(new CloseSession.Request(session.id(), secretary));
    }
}
