package com.parkreview.reports.data;

import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.session.SessionResult;

/**
 * The session's ranking (评审结果汇总表 / 拟支持名单) as the scoring model merged it, with the
 * programme's annual cap per operator, which every row's amount starts from.
 */
public record ResultsList(SessionHeader header, SessionResult result, Money annualCap) {

    public ResultsList {
        if (header == null || result == null || annualCap == null) {
            throw new IllegalArgumentException("the results list needs its header, the session result and the cap");
        }
    }
}
