package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code support record}: a year an operator was supported, entered from the programme office's
 * earlier records (a year decided in a session of this database is recorded when it closes).
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Record a year an operator was supported, from earlier records; closing a session records its own."})
final class SupportRecordCommand extends DatabaseCommand {

    @Option(names = "--uscc", required = true, paramLabel = "CODE", description = "The operator's unified social credit code (统一社会信用代码).")
    private String uscc;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year it was supported.")
    private int year;

    @Option(names = "--amount", paramLabel = "WAN", description = "The amount it received that year, in 万元.")
    private String amount;

    @Option(names = "--note", paramLabel = "TEXT", description = "Where the record comes from (a decision's number, say).")
    private String note = "";

    @Override
    int run(OpenStore db) {
        UnifiedSocialCreditCode operator = OptionValue.read("--uscc", () -> UnifiedSocialCreditCode.parseEntered(uscc));
        Optional<Money> received = amount == null ? Optional.empty()
                : Optional.of(OptionValue.read("--amount", () -> Money.wan(amount)));
        new SessionSetup(db).recordSupport(Actor.commandLine(),
                new OperatorSupport(operator, year, Optional.empty(), received, note));
        out().println(AppText.of("cli.supportRecorded", operator.value(), year).text());
        return ExitCodes.OK;
    }
}
