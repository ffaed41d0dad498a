package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The secretary's set-up of a session: the session itself, applicants, panel, pre-review, status. */
public final class SessionSetup {

    /** The years a support record may name (the store's own bounds). */
    private static final int FIRST_SUPPORT_YEAR = 2000;
    private static final int LAST_SUPPORT_YEAR = 2100;

    private final StoreAccess store;

    public SessionSetup(StoreAccess store) {
        this.store = store;
    }

    public long createSession(Actor actor, SessionDetails details, ProgrammeSettings settings) {
        return createSession(actor, details, settings, Optional.empty());
    }

    /**
     * Creates a session; on a programme office's server it belongs to the panel named, or to the
     * secretary's one panel when none is named (on a file, to none).
     */
    public long createSession(Actor actor, SessionDetails details, ProgrammeSettings settings, Optional<String> panel) {
        details.checked();
        return store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.createSession");
            return s.sessions().create(details, settings, PanelChoice.forNewSession(s, panel));
        });
    }

    /** Adds an applicant; its code and its 统一社会信用代码 must be new in the session. */
    public long addApplicant(Actor actor, long sessionId, NewApplicant applicant) {
        return store.write(actor, s -> addApplicant(s, sessionId, applicant));
    }

    private static long addApplicant(Store s, long sessionId, NewApplicant applicant) {
        ExpertModeRules.secretaryOnly(s, "action.addApplicant");
        ReviewRules.session(s, sessionId);
        ClosedSessions.refuseChange(s, sessionId);
        for (Applicant other : s.applicants().list(sessionId)) {
            Codes.refuseTaken("rule.applicantCodeTaken", applicant.code(), other.code(), other.name());
            if (other.uscc().equals(applicant.uscc())) {
                throw refuse("rule.usccTaken", applicant.uscc(), other.code(), other.name());
            }
            if (other.defenseOrder() == applicant.defenseOrder()) { // two at one turn: which defends first? (round 12)
                throw refuse("rule.orderTaken", applicant.defenseOrder(), other.code(), other.name());
            }
            SameOneTwice.refuseApplicant(applicant.code(), applicant.name(), other);
        }
        return s.applicants().add(sessionId, applicant);
    }

    /** Adds a panel member; the code must be new in the session and there is at most one group leader. */
    public long addExpert(Actor actor, long sessionId, NewExpert expert) {
        return store.write(actor, s -> addExpert(s, sessionId, expert));
    }

    private static long addExpert(Store s, long sessionId, NewExpert expert) {
        ExpertModeRules.secretaryOnly(s, "action.addExpert");
        ReviewRules.session(s, sessionId);
        ClosedSessions.refuseChange(s, sessionId);
        for (Expert other : s.experts().list(sessionId)) {
            Codes.refuseTaken("rule.expertCodeTaken", expert.code(), other.code(), other.name());
            SameOneTwice.refuseExpert(expert.code(), expert.name(), expert.organisation(), other);
            if (expert.groupLeader() && other.groupLeader()) {
                throw refuse("rule.oneGroupLeader", other.code(), other.name());
            }
        }
        return s.experts().add(sessionId, expert);
    }

    /** Applicants read from a file: all of them in one transaction, or none (the same checks as one by one). */
    public List<Long> addApplicants(Actor actor, long sessionId, List<NewApplicant> applicants) {
        return store.write(actor, s -> {
            List<Long> ids = new ArrayList<>();
            for (NewApplicant applicant : applicants) {
                ids.add(addApplicant(s, sessionId, applicant));
            }
            return ids;
        });
    }

    /** Experts read from a file: all of them in one transaction, or none. */
    public List<Long> addExperts(Actor actor, long sessionId, List<NewExpert> experts) {
        return store.write(actor, s -> {
            List<Long> ids = new ArrayList<>();
            for (NewExpert expert : experts) {
                ids.add(addExpert(s, sessionId, expert));
            }
            return ids;
        });
    }

    /**
     * The pre-review (初审) result. Passing needs the required materials received (see
     * {@link Material}) once the applicant's checklist is filled in; an applicant whose checklist
     * was never filled in passes as before (sessions set up earlier, CSV imports).
     */
    public Optional<LocalizedText> setPreReview(Actor actor, long applicantId, PreReview preReview) {
        TextField.PRE_REVIEW_NOTE.check(preReview.note());
        return store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.preReview");
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            ClosedSessions.refuseChange(s, applicant.sessionId());
            MaterialsChecklist checklist = s.materials().forApplicant(applicantId);
            requireMaterials(preReview.passed() && checklist.filledIn(), applicant, checklist, "rule.materialsMissing");
            refuseDroppingScoredUnexplained(s, applicant, preReview);
            s.applicants().setPreReview(applicantId, preReview);
            return kitsBehind(s, applicant, preReview);
        });
    }

    /**
     * An applicant the panel scored is taken out of the review only with the reason written (kept in
     * the history with the result): a tester's round 9 failed a merged applicant, 700 万元 proposed,
     * as "late", with no word of why, and the next merge and the closing said nothing of it.
     */
    private static void refuseDroppingScoredUnexplained(Store s, Applicant applicant, PreReview preReview) {
        long signed = s.sheets().forApplicant(applicant.id()).stream().filter(x -> x.status() == SheetStatus.SIGNED).count();
        if (applicant.preReview().passed() && !preReview.passed() && signed > 0 && preReview.note().isBlank()) {
            throw refuse("rule.droppingScored", applicant.code(), applicant.name(), signed);
        }
    }

    /**
     * Records an applicant's materials checklist (第三部分（二）申报材料): every material once,
     * received or not, with an optional note. An applicant that has passed pre-review keeps its
     * required materials: set the pre-review back to pending or failed before marking one missing.
     */
    public void recordMaterials(Actor actor, long applicantId, List<MaterialItem> items) {
        items.forEach(item -> TextField.MATERIAL_NOTE.check(item.note()));
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.materials");
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            ClosedSessions.refuseChange(s, applicant.sessionId());
            MaterialsChecklist checklist = MaterialsChecklist.of(applicantId, items);
            requireMaterials(applicant.preReview().passed(), applicant, checklist, "rule.materialsPassed");
            checklist.items().values().forEach(item -> s.materials().record(applicantId, item));
            return null;
        });
    }

    /**
     * The pre-review as the client records it: the whole materials checklist and the result, in
     * one transaction, so that the checklist and the result never disagree. Passing needs the
     * required materials received.
     */
    public Optional<LocalizedText> recordPreReview(Actor actor, long applicantId, List<MaterialItem> items,
            PreReview preReview) {
        items.forEach(item -> TextField.MATERIAL_NOTE.check(item.note()));
        TextField.PRE_REVIEW_NOTE.check(preReview.note());
        return store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.preReview");
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            ClosedSessions.refuseChange(s, applicant.sessionId());
            MaterialsChecklist checklist = MaterialsChecklist.of(applicantId, items);
            requireMaterials(preReview.passed(), applicant, checklist, "rule.materialsMissing");
            checklist.items().values().forEach(item -> s.materials().record(applicantId, item));
            s.applicants().setPreReview(applicantId, preReview);
            return kitsBehind(s, applicant, preReview);
        });
    }

    /**
     * Kits exported before an applicant joined the panel (passed pre-review) or left it lack the
     * change: the secretary is told to export them again for the experts still scoring (a round 5
     * tester passed a late applicant and nothing said the five kits already out did not hold it).
     */
    private static Optional<LocalizedText> kitsBehind(Store s, Applicant before, PreReview after) {
        int kits = s.kits().issuedIn(before.sessionId());
        if (kits == 0 || before.preReview().passed() == after.passed()) {
            return Optional.empty();
        }
        return Optional.of(AppText.of(after.passed() ? "setup.kitsLackApplicant" : "setup.kitsStillListApplicant", kits,
                before.code(), before.name()));
    }

    /** The applicant's materials checklist as recorded; empty when it was never filled in. */
    public MaterialsChecklist materials(long applicantId) {
        return store.read(s -> s.materials().forApplicant(applicantId));
    }

    /** When the applicant passes (or has passed), a required material missing from the checklist refuses the change. */
    private static void requireMaterials(boolean passing, Applicant applicant, MaterialsChecklist checklist,
            String refusalKey) {
        List<Material> missing = checklist.missingRequired();
        if (passing && !missing.isEmpty()) {
            throw refuse(refusalKey, applicant.code(), applicant.name(), labels(missing));
        }
    }

    private static LocalizedText labels(List<Material> materials) {
        return AppText.list(materials.stream().map(Material::label).toList());
    }

    public void setStatus(Actor actor, long sessionId, SessionStatus status) {
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.sessionStatus");
            ReviewRules.session(s, sessionId);
            ClosedSessions.refuseChange(s, sessionId);
            s.sessions().setStatus(sessionId, status);
            return null;
        });
    }

    /** The group leader's joint opinion (组长意见) on an applicant. */
    public void setJointOpinion(Actor actor, long applicantId, String text) {
        String opinion = TextField.JOINT_OPINION.check(text);
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.jointOpinion");
            Applicant applicant = ReviewRules.applicant(s, applicantId);
            ClosedSessions.refuseChange(s, applicant.sessionId());
            if (!applicant.preReview().passed() && !opinion.isBlank()) { // it has no panel summary (round 15)
                throw refuse("rule.notPassed", applicant.code(), applicant.name());
            }
            s.applicants().setJointOpinion(applicantId, opinion);
            return null;
        });
    }

    /** A year the operator was supported, entered from earlier records or decided here. */
    public void recordSupport(Actor actor, OperatorSupport support) {
        TextField.SUPPORT_NOTE.check(support.note());
        if (support.year() < FIRST_SUPPORT_YEAR || support.year() > LAST_SUPPORT_YEAR) {
            throw refuse("rule.supportYearRange", support.year(), FIRST_SUPPORT_YEAR, LAST_SUPPORT_YEAR);
        }
        int thisYear = Year.now(store.clock()).getValue();
        if (support.year() > thisYear) { // a record of support given, not foreseen (round 12: 2031 was taken)
            throw refuse("rule.supportYearFuture", support.year(), thisYear);
        }
        store.write(actor, s -> {
            ExpertModeRules.secretaryOnly(s, "action.recordSupport");
            boolean known = s.operatorSupport().forOperator(support.uscc()).stream()
                    .anyMatch(o -> o.year() == support.year());
            if (known) {
                throw refuse("rule.supportYearKnown", support.uscc(), support.year());
            }
            s.operatorSupport().record(support);
            return null;
        });
    }
}
