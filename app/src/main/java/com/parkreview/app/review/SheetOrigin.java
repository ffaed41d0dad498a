package com.parkreview.app.review;

/** How a sheet's scores came in: typed by the expert, entered from a paper sheet, or imported from a file. */
public enum SheetOrigin {
    TYPED, PAPER, IMPORTED
}
