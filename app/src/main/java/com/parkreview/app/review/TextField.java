package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.ValidationException;
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
    SESSION_NAME(false, "input.sessionName", 200, Lines.ONE),
    VENUE(false, "input.venue", 200, Lines.ONE),
    SECRETARY(false, "input.secretary", 50, Lines.ONE),
    APPLICANT_NAME(false, "input.applicantName", 200, Lines.ONE),
    CONTACT_PERSON(false, "input.contactPerson", 50, Lines.ONE),
    CONTACT_PHONE(false, "input.contactPhone", 30, Lines.ONE),
    EXPERT_NAME(false, "input.expertName", 50, Lines.ONE),
    ORGANISATION(false, "input.organisation", 200, Lines.ONE),
    PANEL_NAME(false, "input.panelName", 100, Lines.ONE),
    ACTOR(false, "input.actor", 200, Lines.ONE),
    OPINION(false, "input.opinion", 10_000, Lines.MANY),
    JOINT_OPINION(false, "input.jointOpinion", 10_000, Lines.MANY),
    COMMENT(false, "input.comment", 2000, Lines.MANY),
    RECUSAL_REASON(true, "input.recusalReason", 1000, Lines.MANY),
    REOPEN_REASON(true, "input.reopenReason", 2000, Lines.MANY),
    RESOLUTION_REASON(true, "input.resolutionReason", 2000, Lines.MANY),
    PRE_REVIEW_NOTE(true, "input.preReviewNote", 500, Lines.MANY),
    MATERIAL_NOTE(false, "input.materialNote", 500, Lines.MANY),
    SUPPORT_NOTE(false, "input.supportNote", 500, Lines.MANY),
    CHANGE_REASON(true, "input.changeReason", 2000, Lines.MANY);

    private final boolean reason;
    private final String nameKey;
    private final int maxLength;
    private final Lines lines;

    /**
     * {@code reason}: a reason given for a decision, which must say something in words (the
     * pre-review's note is the reason an applicant scored already is taken out: round 18 did so with "。").
     */
    TextField(boolean reason, String nameKey, int maxLength, Lines lines) {
        this.reason = reason;
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
        return InputText.fault(value, maxLength, lines).or(() -> saysNothing(value));
    }

    /** The value without surrounding spaces ({@code null} as empty), or a refusal that names the field. */
    public String check(String value) {
        InputText.require(label(), value, maxLength, lines);
        saysNothing(value).ifPresent(fault -> {
            throw new ValidationException(LocalizedText.of("text.field", label(), fault));
        });
        return value == null ? "" : value.strip();
    }

    /**
     * Whether the text says anything in words: a letter or a digit in it. The overall opinion a
     * signed sheet must have is held to it too (round 23 signed sheets whose opinion was "。").
     */
    public static boolean saysSomething(String value) {
        return value != null && value.codePoints().anyMatch(TextField::wordly);
    }

    /**
     * A letter or a digit, not a modifier letter: ˉ (U+02C9, among the punctuation a Chinese input
     * method offers), ー, ｰ and 々 are letters to Unicode, and round 25 gave each alone as a reason.
     */
    private static boolean wordly(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && Character.getType(codePoint) != Character.MODIFIER_LETTER;
    }

    /**
     * A reason of punctuation alone ("。", "-", "…"), which a tester's round 15 gave for paying past a
     * rule: refused, with no letter or digit it states no reason. A blank one is left to the decision,
     * which names what it needs a reason for.
     */
    private Optional<LocalizedText> saysNothing(String value) {
        if (!reason || value == null || value.isBlank() || saysSomething(value)) {
            return Optional.empty();
        }
        return Optional.of(AppText.of("input.reasonSaysNothing", InputText.printable(value.strip())));
    }
}
