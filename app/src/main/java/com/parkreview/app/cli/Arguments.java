package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.text.InputText;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The command line's own input, held to the rule every other source is: each argument one line
 * of text {@link InputText} allows, named by its option ({@code --expert}) or its place; whole
 * numbers ({@code --session}) digits only — no sign, so no {@code -0} or {@code +1}.
 */
final class Arguments {

    /** A path or a code is never longer. */
    static final int MAX_LENGTH = 4096;

    private Arguments() {
    }

    /** The first argument the rule refuses, said with its option or place; empty when all are fine. */
    static Optional<LocalizedText> refused(List<String> args) {
        Optional<LocalizedText> garbled = garbled(args);
        if (garbled.isPresent()) {
            return garbled;
        }
        for (int i = 0; i < args.size(); i++) {
            Optional<LocalizedText> fault = InputText.fault(args.get(i), MAX_LENGTH, InputText.Lines.ONE);
            if (fault.isPresent()) {
                return Optional.of(AppText.of("cli.argument", name(args, i), fault.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * An argument the system could not decode (its locale is not UTF-8: {@code LANG=C}, or a
     * locale that is not installed): Java gives U+FFFD for each character, which would be stored as
     * "????". Refused for the whole command, saying what to set.
     */
    static Optional<LocalizedText> garbled(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).indexOf(InputText.REPLACEMENT) >= 0) {
                String lang = Optional.ofNullable(System.getenv("LC_ALL")).filter(v -> !v.isEmpty())
                        .or(() -> Optional.ofNullable(System.getenv("LANG"))).orElse("");
                return Optional.of(AppText.of("cli.garbled", name(args, i), lang, System.getProperty("sun.jnu.encoding")));
            }
        }
        return Optional.empty();
    }

    private static LocalizedText name(List<String> args, int i) {
        String arg = args.get(i);
        if (arg.startsWith("--") && arg.contains("=")) {
            return AppText.of("cli.argumentOption", arg.substring(0, arg.indexOf('=')));
        }
        if (i > 0 && args.get(i - 1).startsWith("-") && !arg.startsWith("-")) {
            return AppText.of("cli.argumentOption", args.get(i - 1));
        }
        return AppText.of("cli.argumentNumber", i + 1);
    }

    /** Reads an id such as {@code --session 1}: 1 to 18 digits, nothing else. */
    static final class WholeNumber implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return Long.valueOf(digits(value, 18, "cli.wholeNumber"));
        }
    }

    /** Reads a count or a place such as {@code --order 3}: 1 to 9 digits, nothing else. */
    static final class Count implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Integer.valueOf(digits(value, 9, "cli.count"));
        }
    }

    /** The value when it is 1 to {@code most} digits; otherwise refused with the sentence {@code refusal}. */
    private static String digits(String typed, int most, String refusal) {
        String value = plainDigits(typed);
        if (value != null && value.matches("[0-9]{" + (most + 1) + ",}")) { // digits, but more than any id or count has
            throw new CommandLine.TypeConversionException(AppText.of("cli.tooManyDigits", value, most).text());
        }
        if (value == null || !value.matches("[0-9]{1," + most + "}")) {
            throw new CommandLine.TypeConversionException(AppText.of(refusal, typed).text());
        }
        return value;
    }

    /**
     * Full-width digits (２０２４, as a Chinese input method types them) as plain ones: amounts took
     * them and whole numbers did not (a tester's round 13).
     */
    static String plainDigits(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder(typed.length());
        typed.chars().forEach(c -> plain.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : (char) c));
        return plain.toString();
    }
}
