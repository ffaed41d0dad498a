package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;

/** An expert to add to a session's panel. */
public record NewExpert(String code, String name, String organisation, ExpertRole role, boolean groupLeader) {

    public NewExpert {
        if (!Codes.valid(code)) {
            throw new ValidationException(AppText.of("expert.code", code));
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException(AppText.of("expert.name", code));
        }
        if (role == null) {
            throw new ValidationException(AppText.of("expert.role", code));
        }
        code = code.strip();
        name = TextField.EXPERT_NAME.check(name);
        organisation = TextField.ORGANISATION.check(organisation);
    }
}
