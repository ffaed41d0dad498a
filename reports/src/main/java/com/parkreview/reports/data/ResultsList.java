package com.parkreview.reports.data;

import com.parkreview.scoring.session.SessionResult;

/** The session's ranking (评审结果汇总表 / 拟支持名单) as the scoring model merged it. */
public record ResultsList(SessionHeader header, SessionResult result) {

    public ResultsList {
        if (header == null || result == null) {
            throw new IllegalArgumentException("the results list needs its header and the session result");
        }
    }
}
