package com.parkreview.scoring.rubric;

import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A second-level indicator (二级指标) of a rubric: its code ({@code 1.1}), its name, the guidance
 * the seed gives in brackets (may be empty), and its maximum score.
 */
public record Indicator(String code, String name, String guidance, BigDecimal max) {

    private static final Pattern CODE = Pattern.compile("[0-9]{1,2}\\.[0-9]{1,2}");

    public Indicator {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ValidationException(LocalizedText.of("rubric.indicator.code", code));
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException(LocalizedText.of("rubric.indicator.name", code));
        }
        guidance = guidance == null ? "" : guidance;
        if (max == null || max.signum() <= 0) {
            throw new ValidationException(LocalizedText.of("rubric.indicator.max", code, max));
        }
    }

    /** The indicator as the seed prints it: the name followed by its guidance in brackets. */
    public String fullText() {
        return guidance.isEmpty() ? name : name + "（" + guidance + "）";
    }

    /** The name cut to a length that fits a message or a column header. */
    public String shortName() {
        int limit = 16;
        return name.codePointCount(0, name.length()) <= limit
                ? name
                : name.substring(0, name.offsetByCodePoints(0, limit)) + "…";
    }

    /** The code of the dimension this indicator belongs to: {@code 3} for {@code 3.2}. */
    public String dimensionCode() {
        return code.substring(0, code.indexOf('.'));
    }
}
