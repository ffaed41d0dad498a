package com.parkreview.app.review;

/** Where a sheet belongs and what it allows, without its lines: what a commit checks first. */
public record SheetState(long sheetId, long expertId, long applicantId, long sessionId, int round, SheetStatus status) {

    public boolean editable() {
        return status == SheetStatus.DRAFT;
    }
}
