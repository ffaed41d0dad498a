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
}
