package com.parkreview.reports.fill;

/** Text in Jasper's "styled" markup, for cells whose colour or weight depends on the data. */
final class Styled {

    static final String FLAGGED_COLOUR = "#C00000";
    static final String VOID_COLOUR = "#7A7A7A";

    private Styled() {
    }

    static String bold(String text) {
        return "<style isBold=\"true\">" + escape(text) + "</style>";
    }

    static String coloured(String text, String colour, boolean bold) {
        return "<style forecolor=\"" + colour + "\"" + (bold ? " isBold=\"true\"" : "") + ">" + escape(text) + "</style>";
    }

    static String plain(String text) {
        return escape(text);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
