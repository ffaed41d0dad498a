package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake in the command line itself (an unknown or missing option, a value its type refuses)
 * in the language chosen. picocli words these in English: every {@code cli.parse.*} sentence gets
 * picocli's own words as {0}, which English shows as they are, and the options named as {1} and
 * on, which Chinese words itself. A message of ParkReview's own is already in the language and
 * passes as it is.
 */
final class ParseErrors {

    private static final String GROUP_MISSING = "Error: Missing required argument";
    private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.+) are mutually exclusive.*", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile(
            "Expected parameter for option '([^']+)' but found '(.*)'", Pattern.DOTALL);

    private ParseErrors() {
    }

    /** The sentence for the mistake, in the JVM's current language. */
    static String message(ParameterException e) {
        String said = String.valueOf(e.getMessage());
        LocalizedText text = sentence(e, said);
        return text == null ? said : text.text();
    }

    private static LocalizedText sentence(ParameterException e, String said) {
        Matcher expected = EXPECTED.matcher(said);
        if (expected.matches()) {
            return AppText.of("cli.parse.expectedValue", said, expected.group(1), expected.group(2));
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing, said);
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return AppText.of(unmatched.isUnknownOption() ? "cli.parse.unknownOption" : "cli.parse.unmatched",
                    said, quoted(unmatched.getUnmatched()));
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() != null) {
            return AppText.of("cli.parse.twice", said, name(twice.getOverwritten()));
        }
        Matcher exclusive = EXCLUSIVE.matcher(said);
        if (e instanceof MutuallyExclusiveArgsException && exclusive.matches()) {
            return AppText.of("cli.parse.exclusive", said, exclusive.group(1).replace(", ", "、"));
        }
        if (e.getCause() instanceof TypeConversionException refused && e.getArgSpec() != null) {
            return AppText.of("cli.parse.invalidValue", said, name(e.getArgSpec()), refused.getMessage());
        }
        if (said.equals("Missing required subcommand")) {
            return AppText.of("cli.parse.noSubcommand", said);
        }
        return null;
    }

    private static LocalizedText missing(MissingParameterException e, String said) {
        List<ArgSpec> missing = e.getMissing();
        if (said.startsWith("Missing required parameter for ") && missing.size() == 1) {
            return AppText.of("cli.parse.noValue", said, name(missing.get(0)), missing.get(0).paramLabel());
        }
        if (said.startsWith(GROUP_MISSING)) {
            String synopsis = said.substring(said.indexOf(": ", GROUP_MISSING.length()) + 2).replace(", ", "、");
            return said.contains("(specify one of these)")
                    ? AppText.of("cli.parse.oneOf", said, synopsis)
                    : AppText.of("cli.parse.missingOptions", said, synopsis);
        }
        boolean options = missing.stream().anyMatch(ArgSpec::isOption);
        List<String> names = missing.stream().map(ParseErrors::withLabel).toList();
        return AppText.of(options ? "cli.parse.missingOptions" : "cli.parse.missingParameters", said,
                String.join("、", names));
    }

    /** {@code --session} for an option, {@code SCORE} for a value in its place. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** {@code --session=ID} for an option that takes a value, as the usage writes it. */
    private static String withLabel(ArgSpec arg) {
        return arg instanceof OptionSpec option && option.arity().max() > 0
                ? option.longestName() + "=" + option.paramLabel()
                : name(arg);
    }

    private static String quoted(List<String> arguments) {
        return String.join(" ", arguments.stream().map(a -> "“" + a + "”").toList());
    }
}
