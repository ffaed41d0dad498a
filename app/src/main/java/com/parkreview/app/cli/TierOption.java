package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.Tier;
import com.parkreview.scoring.settings.TierScale;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --tier CODE=NAME:MIN:SHARE}: a programme's tier as typed on the command line. */
final class TierOption {

    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9_]*)=([^:]{1,30}):(\\d{1,3}(?:\\.\\d{1,2})?)"
            + ":(0|1|0?\\.\\d{1,4}|1\\.0{1,4})");

    private TierOption() {
    }

    /** The tiers given, as one scale; refuses a tier not in the form, naming it. */
    static TierScale scale(List<String> typed) {
        return new TierScale(typed.stream().map(TierOption::tier).toList());
    }

    private static Tier tier(String typed) {
        Matcher m = FORM.matcher(typed.strip());
        if (!m.matches()) {
            throw new ValidationException(AppText.of("cli.tier", typed));
        }
        return new Tier(m.group(1), m.group(2).strip(), new BigDecimal(m.group(3)), new BigDecimal(m.group(4)));
    }
}
