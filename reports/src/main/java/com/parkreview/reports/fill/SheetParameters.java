package com.parkreview.reports.fill;

import com.parkreview.reports.data.SessionHeader;
import com.parkreview.reports.verify.SheetCode;
import java.util.HashMap;
import java.util.Map;

/** The parameters every template takes: the sheet's title, the session's head and the verification code. */
final class SheetParameters {

    private SheetParameters() {
    }

    static Map<String, Object> of(String title, SessionHeader header, SheetCode code) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("SHEET_TITLE", title);
        parameters.put("SESSION_NAME", header.sessionName());
        parameters.put("CITATION", header.citation());
        parameters.put("DATE_TEXT", Figures.date(header.date()));
        parameters.put("VENUE", header.venue());
        parameters.put("SESSION_ROUND_TEXT", Figures.round(header.round()));
        parameters.put("SHEET_CODE", code.value());
        parameters.put("QR_IMAGE", QrRenderer.of(code.qrText(header.stamp())));
        return parameters;
    }
}
