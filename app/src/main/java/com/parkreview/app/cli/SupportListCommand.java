package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.OperatorSupport;
import com.parkreview.scoring.money.Money;
import com.parkreview.scoring.uscc.UnifiedSocialCreditCode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code support list}: the years an operator was supported, one a line (year, amount, session, note). */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the years an operator was supported: year, amount in 万元, session, where it comes from."})
final class SupportListCommand extends DatabaseCommand {

    @Option(names = "--uscc", required = true, paramLabel = "CODE", description = "The operator's unified social credit code (统一社会信用代码).")
    private String uscc;

    @Override
    int run(OpenStore db) {
        UnifiedSocialCreditCode operator = OptionValue.read("--uscc", () -> UnifiedSocialCreditCode.parse(uscc));
        List<OperatorSupport> years = db.read(s -> s.operatorSupport().forOperator(operator));
        if (years.isEmpty()) {
            out().println(AppText.of("cli.supportNone", operator.value()).text());
        }
        for (OperatorSupport year : years) {
            out().println(year.year() + "\t" + year.amount().map(Money::toWanString).orElse("") + "\t"
                    + year.sessionId().map(String::valueOf).orElse("") + "\t" + year.note());
        }
        return ExitCodes.OK;
    }
}
