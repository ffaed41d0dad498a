package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.text.InputText;
import com.parkreview.scoring.text.InputText.Lines;
import java.util.Optional;

/**
 * The free-text fields ParkReview keeps, each with its name for a refusal, the most it holds (the
 * store's column, {@code V1__create_review_store.sql}) and whether it may have several lines. Every
 * way a value comes in — the window, a CSV or XLSX table, a kit or score file, the command line —
 * reaches one of the places that call {@link #check}: the records that are only ever new input
 * ({@link NewApplicant}, {@link NewExpert}, {@link Actor}) and the services that store the rest.
 * Records that are also read back from the store do not check, so that a database written
 * before this rule still opens; what it holds is shown escaped ({@link InputText#printable}).
 */
public enum TextField {
    SESSION_NAME("input.sessionName", 200, Lines.ONE),
    VENUE("input.venue", 200, Lines.ONE),
    SECRETARY("input.secretary", 50, Lines.ONE),
    APPLICANT_NAME("input.applicantName", 200, Lines.ONE),
    CONTACT_PERSON("input.contactPerson", 50, Lines.ONE),
    CONTACT_PHONE("input.contactPhone", 30, Lines.ONE),
    EXPERT_NAME("input.expertName", 50, Lines.ONE),
    ORGANISATION("input.organisation", 200, Lines.ONE),
    PANEL_NAME("input.panelName", 100, Lines.ONE),
    ACTOR("input.actor", 200, Lines.ONE),
    OPINION("input.opinion", 10_000, Lines.MANY),
    JOINT_OPINION("input.jointOpinion", 10_000, Lines.MANY),
    COMMENT("input.comment", 2000, Lines.MANY),
    RECUSAL_REASON("input.recusalReason", 1000, Lines.MANY),
    REOPEN_REASON("input.reopenReason", 2000, Lines.MANY),
    RESOLUTION_REASON("input.resolutionReason", 2000, Lines.MANY),
    PRE_REVIEW_NOTE("input.preReviewNote", 500, Lines.MANY),
    MATERIAL_NOTE("input.materialNote", 500, Lines.MANY),
    SUPPORT_NOTE("input.supportNote", 500, Lines.MANY),
    CHANGE_REASON("input.changeReason", 2000, Lines.MANY);

    private final String nameKey;
    private final int maxLength;
    private final Lines lines;

    TextField(String nameKey, int maxLength, Lines lines) {
        this.nameKey = nameKey;
        this.maxLength = maxLength;
        this.lines = lines;
    }

    /** The field's name in a sentence (申报单位名称, applicant name). */
    public LocalizedText label() {
        return AppText.of(nameKey);
    }

    public int maxLength() {
        return maxLength;
    }

    public Lines lines() {
        return lines;
    }

    /** What the rule refuses in the value (the field not named: a file names its cell), or empty. */
    public Optional<LocalizedText> fault(String value) {
        return InputText.fault(value, maxLength, lines);
    }

    /** The value without surrounding spaces ({@code null} as empty), or a refusal that names the field. */
    public String check(String value) {
        InputText.require(label(), value, maxLength, lines);
        return value == null ? "" : value.strip();
    }
}
