package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.Contact;
import com.parkreview.app.review.NewApplicant;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.setup.EditApplicant;
import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code applicants edit}: corrects the fields given of one applicant; the others stay as they are. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Correct an applicant: only the fields given change. Once scoring has started, give --reason."})
final class ApplicantsEditCommand extends DatabaseCommand {

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--applicant", required = true, paramLabel = "CODE", description = "The applicant's code now (A01).")
    private String applicant;

    @Option(names = "--code", paramLabel = "CODE", description = "A new code (only before kits or sheets carry it).")
    private String code;

    @Option(names = "--name", paramLabel = "TEXT", description = "The operator's name (名称).")
    private String name;

    @Option(names = "--uscc", paramLabel = "CODE", description = "The unified social credit code (统一社会信用代码).")
    private String uscc;

    @Option(names = "--contact", paramLabel = "NAME", description = "The contact person (联系人).")
    private String contact;

    @Option(names = "--phone", paramLabel = "PHONE", description = "The contact's phone (联系电话).")
    private String phone;

    @Option(names = "--applied", paramLabel = "WAN", description = "The amount applied for, in 万元.")
    private String applied;

    @Option(names = "--received", paramLabel = "WAN", description = "Support of the same kind already received this year, in 万元.")
    private String received;

    @Option(names = "--order", paramLabel = "N", description = "The defense order (答辩顺序), from 1.")
    private Integer order;

    @Option(names = "--slot", paramLabel = "HH:MM", description = "The defense time (答辩时间).")
    private String slot;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; needed once scoring has started, kept in the history.")
    private String reason;

    @Override
    int run(OpenStore db) {
        Applicant now = SessionLookup.applicant(db, session, applicant);
        NewApplicant changed = new NewApplicant(or(code, now.code()), or(name, now.name()),
                uscc == null ? now.uscc() : option("--uscc", () -> UnifiedSocialCreditCode.parseEntered(uscc)),
                new Contact(or(contact, now.contact().person()), or(phone, now.contact().phone())),
                applied == null ? now.appliedFor() : Optional.of(option("--applied", () -> Money.wan(applied))),
                received == null ? now.receivedThisYear() : option("--received", () -> Money.wan(received)),
                order == null ? now.defenseOrder() : order,
                slot == null ? now.slotStart() : Optional.of(time(slot)));
        new EditApplicant(db).edit(Actor.commandLine(), now, changed, reason);
        out().println(AppText.of("cli.applicantCorrected", changed.code(), changed.name()).text());
        return ExitCodes.OK;
    }

    private static String or(String given, String now) {
        return given == null ? now : given;
    }

    private static LocalTime time(String typed) {
        try {
            return LocalTime.parse(typed.strip().length() == 4 ? "0" + typed.strip() : typed.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(AppText.of("cli.option", "--slot", AppText.of("setup.slot", typed)));
        }
    }

    private static <T> T option(String name, Supplier<T> read) {
        return OptionValue.read(name, read);
    }
}
