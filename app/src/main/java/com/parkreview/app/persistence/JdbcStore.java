package com.parkreview.app.persistence;

import com.parkreview.app.review.ApplicantRepository;
import com.parkreview.app.review.ExpertModeRepository;
import com.parkreview.app.review.ExpertRepository;
import com.parkreview.app.review.FlagRepository;
import com.parkreview.app.review.HistoryRepository;
import com.parkreview.app.review.KitRepository;
import com.parkreview.app.review.MaterialRepository;
import com.parkreview.app.review.PanelRepository;
import com.parkreview.app.review.OperatorSupportRepository;
import com.parkreview.app.review.PaperCheckRepository;
import com.parkreview.app.review.PrintedSheetRepository;
import com.parkreview.app.review.SessionRepository;
import com.parkreview.app.review.SheetRepository;
import com.parkreview.app.review.Store;

/** The repositories of one transaction, on one connection, sharing one history writer. */
final class JdbcStore implements Store {

    private final SessionRepository sessions;
    private final ApplicantRepository applicants;
    private final ExpertRepository experts;
    private final SheetRepository sheets;
    private final FlagRepository flags;
    private final OperatorSupportRepository operatorSupport;
    private final HistoryRepository history;
    private final KitRepository kits;
    private final ExpertModeRepository expertMode;
    private final PaperCheckRepository paperChecks;
    private final PrintedSheetRepository printedSheets;
    private final MaterialRepository materials;
    private final PanelRepository panels;

    JdbcStore(Jdbc jdbc, HistoryWriter writer) {
        this.sessions = new JdbcSessionRepository(jdbc, writer);
        this.applicants = new JdbcApplicantRepository(jdbc, writer);
        this.experts = new JdbcExpertRepository(jdbc, writer);
        this.sheets = new JdbcSheetRepository(jdbc, writer);
        this.flags = new JdbcFlagRepository(jdbc, writer);
        this.operatorSupport = new JdbcOperatorSupportRepository(jdbc, writer);
        this.history = new JdbcHistoryRepository(jdbc, writer);
        this.kits = new JdbcKitRepository(jdbc, writer);
        this.expertMode = new JdbcExpertModeRepository(jdbc, writer);
        this.paperChecks = new JdbcPaperCheckRepository(jdbc, writer);
        this.printedSheets = new JdbcPrintedSheetRepository(jdbc, writer);
        this.materials = new JdbcMaterialRepository(jdbc, writer);
        this.panels = new JdbcPanelRepository(jdbc, writer);
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }

    @Override
    public ApplicantRepository applicants() {
        return applicants;
    }

    @Override
    public ExpertRepository experts() {
        return experts;
    }

    @Override
    public SheetRepository sheets() {
        return sheets;
    }

    @Override
    public FlagRepository flags() {
        return flags;
    }

    @Override
    public OperatorSupportRepository operatorSupport() {
        return operatorSupport;
    }

    @Override
    public HistoryRepository history() {
        return history;
    }

    @Override
    public KitRepository kits() {
        return kits;
    }

    @Override
    public ExpertModeRepository expertMode() {
        return expertMode;
    }

    @Override
    public PaperCheckRepository paperChecks() {
        return paperChecks;
    }

    @Override
    public PrintedSheetRepository printedSheets() {
        return printedSheets;
    }

    @Override
    public MaterialRepository materials() {
        return materials;
    }

    @Override
    public PanelRepository panels() {
        return panels;
    }
}
