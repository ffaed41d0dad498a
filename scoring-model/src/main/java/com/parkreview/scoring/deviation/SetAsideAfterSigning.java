package com.parkreview.scoring.deviation;

import com.parkreview.scoring.LocalizedText;
import java.math.BigDecimal;

/**
 * An expert's signed sheet set aside by a recusal (回避) recorded after signing: the panel score
 * no longer counts it, so the panel must see and accept that, as any other obvious deviation (a
 * tester's round 10 set aside the group leader's signed 79.5 after the merge: the applicant rose
 * from 良好 to 优秀, 450 万元 more, and the flags that had pointed at that sheet were gone).
 */
public record SetAsideAfterSigning(String expertId, BigDecimal signedTotal) implements DeviationFlag {

    /** The code before the expert's: {@code set_aside:E1}. */
    public static final String CODE_PREFIX = "set_aside:";

    @Override
    public String code() {
        return CODE_PREFIX + expertId;
    }

    @Override
    public LocalizedText explanation() {
        return LocalizedText.of("flag.setAside", expertId, signedTotal.stripTrailingZeros().toPlainString());
    }
}
