package com.parkreview.scoring.merge;

import java.math.BigDecimal;

/** A valid expert's total for one applicant. */
public record ExpertTotal(String expertId, BigDecimal total) {
}
