package com.parkreview.app.setup;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;

/**
 * An amount in 万元 as a secretary types it into a named field: refused as {@link Money#wan} refuses
 * it, with the field's name in front ("年度预算：金额“abc”不是普通数字…"), so that a form with three
 * amounts says which one is wrong.
 */
public final class TypedMoney {

    private TypedMoney() {
    }

    /** @param field the field's name in the user's language, for the refusal */
    public static Money wan(String typed, String field) {
        try {
            return Money.wan(typed);
        } catch (ValidationException e) {
            throw new ValidationException(LocalizedText.of("text.field", field, e.text()));
        }
    }
}
