package com.parkreview.app.review;

/** A score sheet is a draft until signed; a re-review supersedes it (it is kept, never deleted). */
public enum SheetStatus {
    DRAFT, SIGNED, SUPERSEDED
}
