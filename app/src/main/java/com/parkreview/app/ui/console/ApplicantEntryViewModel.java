package com.parkreview.app.ui.console;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.ReviewSession;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.setup.TypedMoney;
import com.parkreview.app.ui.common.FormProblems;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The applicant the secretary types in on the set-up tab: checked as it is typed (the credit code
 * at once, an operator already supported for the whole period flagged from the stored history).
 */
public final class ApplicantEntryViewModel {

    private final StoreAccess store;
    private final Supplier<ReviewSession> session;
    private final IntSupplier nextOrder;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty uscc = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty applied = new SimpleStringProperty("");
    private final StringProperty received = new SimpleStringProperty("");
    private final StringProperty slot = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper periodWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper applicantProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper entryProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper capNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper entryNotes = new ReadOnlyStringWrapper("");

    /** {@code session} is the session as last read; {@code nextOrder} the defense order a new applicant takes. */
    ApplicantEntryViewModel(StoreAccess store, Supplier<ReviewSession> session, IntSupplier nextOrder) {
        this.store = store;
        this.session = session;
        this.nextOrder = nextOrder;
        uscc.addListener((obs, old, now) -> checkUscc());
        // the contact and the phone too: a corrected phone kept its old problem, and Add greyed (round 8)
        applicantProblem.bind(Bindings.createStringBinding(this::applicantCheck, code, name, uscc, contact, phone, applied,
                received, slot));
        entryProblem.bind(Bindings.createStringBinding(() -> applicantProblem.get().strip(), applicantProblem));
        capNote.bind(Bindings.createStringBinding(this::capCheck, applied));
        entryNotes.bind(Bindings.createStringBinding(() -> (periodWarning.get() + "\n" + capNote.get()).strip(),
                periodWarning, capNote));
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty usccProperty() {
        return uscc;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty appliedProperty() {
        return applied;
    }

    public StringProperty receivedProperty() {
        return received;
    }

    public StringProperty slotProperty() {
        return slot;
    }

    /** The operator was already supported for the whole period (rule 8), from the stored history. */
    public ReadOnlyStringProperty periodWarningProperty() {
        return periodWarning.getReadOnlyProperty();
    }

    /** Why the applicant cannot be added as typed (Add is greyed then), or empty. */
    public ReadOnlyStringProperty applicantProblemProperty() {
        return applicantProblem.getReadOnlyProperty();
    }

    /** What the form says under its fields: why Add is greyed, every field's problem in the form's order. */
    public ReadOnlyStringProperty entryProblemProperty() {
        return entryProblem.getReadOnlyProperty();
    }

    /** An amount applied for above the annual cap is allowed (rule 6 takes the cap), and said. */
    public ReadOnlyStringProperty capNoteProperty() {
        return capNote.getReadOnlyProperty();
    }

    /** What the form notes without refusing: the period already supported, an amount above the cap. */
    public ReadOnlyStringProperty entryNotesProperty() {
        return entryNotes.getReadOnlyProperty();
    }

    /** The applicant as typed; a field that cannot be taken is refused with its message. */
    NewApplicant newApplicant() {
        return typed(nextOrder.getAsInt());
    }

    /** The applicant as typed, keeping the defense order it has. */
    NewApplicant typed(int defenseOrder) {
        return new NewApplicant(code.get(), name.get(), UnifiedSocialCreditCode.parseEntered(uscc.get()),
                new Contact(contact.get(), phone.get()), appliedWan(), receivedWan(), defenseOrder, slotStart());
    }

    private Optional<Money> appliedWan() {
        return applied.get().isBlank() ? Optional.empty()
                : Optional.of(TypedMoney.wan(applied.get(), UiText.text("setup.appliedName")));
    }

    private Money receivedWan() {
        return received.get().isBlank() ? Money.ZERO : TypedMoney.wan(received.get(), UiText.text("setup.receivedName"));
    }

    private Optional<LocalTime> slotStart() {
        if (slot.get().isBlank()) {
            return Optional.empty();
        }
        try {
            String text = slot.get().strip();
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeParseException e) {
            throw new ValidationException(AppText.of("setup.slot", slot.get()));
        }
    }

    /** Fills the fields with a stored applicant, to correct it. */
    void load(Applicant applicant) {
        code.set(applicant.code());
        name.set(applicant.name());
        uscc.set(applicant.uscc().value());
        contact.set(applicant.contact().person());
        phone.set(applicant.contact().phone());
        applied.set(applicant.appliedFor().map(Money::toWanString).orElse(""));
        received.set(applicant.receivedThisYear().isZero() ? "" : applicant.receivedThisYear().toWanString());
        slot.set(applicant.slotStart().map(Object::toString).orElse(""));
    }

    /** Empties the fields for the next applicant. */
    void clear() {
        code.set("");
        name.set("");
        uscc.set("");
        contact.set("");
        phone.set("");
        applied.set("");
        received.set("");
        slot.set("");
    }

    /** The years before the session's in which the operator was supported, each once, in order. */
    static List<Integer> yearsBefore(ReviewSession session, UnifiedSocialCreditCode operator,
            List<OperatorSupport> support) {
        return support.stream().filter(s -> s.uscc().equals(operator) && s.year() < session.year())
                .map(OperatorSupport::year).distinct().sorted().toList();
    }

    private void checkUscc() {
        String typed = uscc.get();
        // a code that cannot be read is said with the form's other problems (applicantCheck)
        if (typed == null || typed.isBlank() || UnifiedSocialCreditCode.check(typed).isPresent()) {
            periodWarning.set("");
            return;
        }
        UnifiedSocialCreditCode operator = UnifiedSocialCreditCode.parse(typed);
        ReviewSession now = session.get();
        List<Integer> years = yearsBefore(now, operator, store.read(s -> s.operatorSupport().forOperator(operator)));
        periodWarning.set(years.size() >= now.settings().supportYearsLimit()
                ? UiText.text("setup.periodExceeded", years.stream().map(String::valueOf).collect(Collectors.joining("、")),
                        now.settings().supportYearsLimit())
                : "");
    }

    private String capCheck() {
        ReviewSession now = session.get();
        if (now == null) {
            return "";
        }
        try {
            Money cap = now.settings().annualCap();
            Money typed = applied.get().isBlank() ? Money.ZERO : Money.wan(applied.get());
            return typed.isGreaterThan(cap) ? UiText.text("setup.aboveCap", typed.toWanString(), cap.toWanString()) : "";
        } catch (ValidationException e) {
            return ""; // the amount's own problem is said by applicantCheck
        }
    }

    private String applicantCheck() {
        if (code.get().isBlank() && name.get().isBlank() && uscc.get().isBlank()) {
            return " "; // nothing typed yet: nothing to add, nothing to complain about
        }
        // every field's problem at once, in the order of the form; then what only the whole applicant can refuse
        String fields = FormProblems.collect(() -> NewApplicant.checkCode(code.get()),
                () -> NewApplicant.checkName(code.get(), name.get()), () -> UnifiedSocialCreditCode.parseEntered(uscc.get()),
                () -> new Contact(contact.get(), phone.get()).checked(), this::appliedWan, this::receivedWan,
                this::slotStart);
        return fields.isEmpty() ? FormProblems.collect(this::newApplicant) : fields;
    }
}
