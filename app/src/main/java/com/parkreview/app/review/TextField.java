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
    SESSION_NAME(Words.NAME, "input.sessionName", 200, Lines.ONE),
    VENUE(Words.FREE, "input.venue", 200, Lines.ONE),
    SECRETARY(Words.NAME, "input.secretary", 50, Lines.ONE),
    APPLICANT_NAME(Words.NAME, "input.applicantName", 200, Lines.ONE),
    CONTACT_PERSON(Words.FREE, "input.contactPerson", 50, Lines.ONE),
    CONTACT_PHONE(Words.FREE, "input.contactPhone", 30, Lines.ONE),
    EXPERT_NAME(Words.NAME, "input.expertName", 50, Lines.ONE),
    ORGANISATION(Words.FREE, "input.organisation", 200, Lines.ONE),
    PANEL_NAME(Words.NAME, "input.panelName", 100, Lines.ONE),
    ACTOR(Words.NAME, "input.actor", 200, Lines.ONE),
    OPINION(Words.FREE, "input.opinion", 10_000, Lines.MANY),
    JOINT_OPINION(Words.NAME, "input.jointOpinion", 10_000, Lines.MANY),
    COMMENT(Words.FREE, "input.comment", 2000, Lines.MANY),
    RECUSAL_REASON(Words.REASON, "input.recusalReason", 1000, Lines.MANY),
    REOPEN_REASON(Words.REASON, "input.reopenReason", 2000, Lines.MANY),
    RESOLUTION_REASON(Words.REASON, "input.resolutionReason", 2000, Lines.MANY),
    PRE_REVIEW_NOTE(Words.REASON, "input.preReviewNote", 500, Lines.MANY),
    MATERIAL_NOTE(Words.FREE, "input.materialNote", 500, Lines.MANY),
    SUPPORT_NOTE(Words.FREE, "input.supportNote", 500, Lines.MANY),
    CHANGE_REASON(Words.REASON, "input.changeReason", 2000, Lines.MANY);

    /** What a value must say when it is not blank: anything, a name in words, a reason in words. */
    private enum Words { FREE, NAME, REASON }

    private final Words words;
    private final String nameKey;
    private final int maxLength;
    private final Lines lines;

    /**
     * {@code words}: a reason given for a decision must say something in words (the pre-review's note
     * is the reason an applicant scored already is taken out: round 18 did so with "。"), and so must
     * a name and the group leader's opinion (round 25 named an applicant, a secretary and a typist "……").
     */
    TextField(Words words, String nameKey, int maxLength, Lines lines) {
        this.words = words;
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
     * A reason or a name of punctuation alone ("。", "-", "…"), which a tester's round 15 gave for
     * paying past a rule: refused, with no letter or digit it says nothing. A blank one is left to the
     * decision or the form, which names what it needs.
     */
    private Optional<LocalizedText> saysNothing(String value) {
        if (words == Words.FREE || value == null || value.isBlank() || saysSomething(value)) {
            return Optional.empty();
        }
        return Optional.of(AppText.of(words == Words.REASON ? "input.reasonSaysNothing" : "input.saysNothing",
                InputText.printable(value.strip())));
    }
}
