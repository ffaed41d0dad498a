package com.parkreview.app.review;

/** The repositories of one transaction: what is changed through them is committed together, or not at all. */
public interface Store {

    SessionRepository sessions();

    ApplicantRepository applicants();

    ExpertRepository experts();

    SheetRepository sheets();

    FlagRepository flags();

    OperatorSupportRepository operatorSupport();

    HistoryRepository history();

    /** Kits issued and experts' keys pinned (the secretary's side of offline scoring). */
    KitRepository kits();

    /** Expert mode (an expert's laptop copy of a session). */
    ExpertModeRepository expertMode();

    PaperCheckRepository paperChecks();

    /** The verification codes of the sheets printed from this database. */
    PrintedSheetRepository printedSheets();

    /** The applicants' pre-review (初审) materials checklists. */
    MaterialRepository materials();

    /** The panels of a programme office's server, and whose sessions the connected user may change. */
    PanelRepository panels();
}
