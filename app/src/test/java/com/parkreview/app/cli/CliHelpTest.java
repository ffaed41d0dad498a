package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's help is in the language chosen: --lang anywhere, else the system's. */
class CliHelpTest {

    /** Words of Latin letters the Chinese help may hold besides command and option names: values and codes typed. */
    private static final Set<String> TYPED = Set.of("zh", "en", "mean", "trimmed", "first", "second", "shijingshan",
            "chaoyang", "late", "ParkReview", "excellent", "good", "fail", "applicant", "expert", "indicator", "score",
            "name", "uscc", "applied_wan", "received_wan", "supported_years", "over_budget", "csv", "app", "examples",
            "postgresql", "pgpass"); // postgresql://…, ~/.pgpass: a server's address and password file, as typed

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--lang zh session create --help | 本批次的项目预算，单位：万元。 | The programme's budget",
        "--lang en session create --help | The programme's budget for the session, in 万元. | 本批次的项目预算",
        "session create --help --lang zh | 本批次的项目预算，单位：万元。 | The programme's budget",
        "session --lang zh create --help | 新建评审批次；--db 指向不存在的文件时 | Create a review session",
        "--lang zh --help | 用法：parkreview | Usage:",
        "--lang en --help | Usage: parkreview | 用法",
        "--lang zh help merge | 年度预算，单位：万元 | Annual budget",
        "--lang zh help | 显示指定命令的帮助信息。 | Display help information",
        "--lang en score import --help | Exit status 0: every file imported | 退出状态",
        "--lang zh score import --help | 退出状态 0：所有文件已导入 | Exit status",
        "--lang zh kit open --help | 秘书发来的评审包文件（.prkit）。 | The kit file",
    })
    void helpIsInTheLanguageChosen(String args, String shown, String notShown) {
        CommandRun run = CommandRun.of(args.split(" "));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(shown), run.out());
        assertFalse(run.out().contains(notShown), run.out());
    }

    @Test
    void aParseErrorShowsTheUsageInTheLanguageChosen() {
        CommandRun run = CommandRun.of("--lang", "zh", "session", "create", "--no-such-option");
        assertEquals(ExitCodes.REFUSED, run.status());
        assertTrue(run.err().contains("本批次的项目预算"), run.err());
    }

    @ParameterizedTest(name = "system {0}, {1}")
    @CsvSource(delimiter = '|', value = {
        "zh-CN | session create --help | 本批次的项目预算",
        "zh | verify --help | 逐条核对哈希链",
        "en-US | session create --help | The programme's budget",
        "fr-FR | session create --help | The programme's budget",
        "zh-CN | --lang en session create --help | The programme's budget",
        "en-US | session create --help --lang zh | 本批次的项目预算",
    })
    void withoutLangTheSystemsLanguageDecides(String system, String args, String shown) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(system));
        try {
            StringWriter out = new StringWriter();
            CommandLine line = ParkReviewCommand.commandLine(options -> {
                throw new AssertionError("the window must not open in a command-line test");
            });
            line.setOut(new PrintWriter(out, true));
            assertEquals(0, line.execute(args.split(" ")));
            assertTrue(out.toString().contains(shown), out.toString());
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Each text of the help of every command, option and parameter, by where it is, in the language. */
    private static Map<String, String> texts(Locale language) {
        CommandLine top = ParkReviewCommand.commandLine(options -> 0);
        ParkReviewCommand.helpIn(top, language);
        Map<String, String> texts = new LinkedHashMap<>();
        walk(top.getCommandSpec(), texts);
        return texts;
    }

    private static void walk(CommandSpec command, Map<String, String> texts) {
        String where = command.qualifiedName(" ");
        texts.put(where, String.join(" ", command.usageMessage().description()));
        if (command.usageMessage().header().length > 0) {
            texts.put(where + " (header)", String.join(" ", command.usageMessage().header()));
        }
        List<ArgSpec> args = new ArrayList<>(command.options());
        args.addAll(command.positionalParameters());
        for (ArgSpec arg : args) {
            if (!arg.hidden()) {
                String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
                texts.put(where + " " + name, String.join(" ", arg.description()));
            }
        }
        for (CommandLine sub : new LinkedHashSet<>(command.subcommands().values())) {
            walk(sub.getCommandSpec(), texts);
        }
    }

    @Test
    void everyCommandOptionAndParameterHasItsHelpInEnglishAndInChinese() {
        Map<String, String> english = texts(Locale.ENGLISH);
        Map<String, String> chinese = texts(Locale.SIMPLIFIED_CHINESE);
        assertEquals(english.keySet(), chinese.keySet());
        assertTrue(english.size() > 250, "the walk found " + english.size());
        Set<String> names = namesOnTheCommandLine();
        List<String> wrong = new ArrayList<>();
        english.forEach((where, text) -> {
            String zh = chinese.get(where);
            if (text.isBlank() || !Pattern.compile("[A-Za-z]{3}").matcher(text).find()) {
                wrong.add(where + ": no English help: " + text);
            }
            if (!CJK.matcher(zh).find() || zh.equals(text)) {
                wrong.add(where + ": no Chinese help: " + zh);
            }
            latinWords(zh).stream().filter(w -> !names.contains(w) && !TYPED.contains(w))
                    .forEach(w -> wrong.add(where + ": English \"" + w + "\" in the Chinese help: " + zh));
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Words of Latin letters left once option names, file names, codes (A01, CSV, UTF-8, e41b…) are taken out. */
    private static List<String> latinWords(String text) {
        String rest = text.replaceAll("[\\w/-]*\\.[A-Za-z]+\\w*", " ")
                .replaceAll("--?[\\w-]+", " ")
                .replaceAll("\\b[\\w-]*\\d[\\w-]*\\b", " ")
                .replaceAll("\\b[A-Z][A-Z/-]+\\b", " ");
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z_]{2,}").matcher(rest);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The names of the commands. */
    private static Set<String> namesOnTheCommandLine() {
        Set<String> names = new LinkedHashSet<>();
        collect(ParkReviewCommand.commandLine(options -> 0).getCommandSpec(), names);
        return names;
    }

    private static void collect(CommandSpec command, Set<String> names) {
        names.add(command.name());
        for (CommandLine sub : command.subcommands().values()) {
            collect(sub.getCommandSpec(), names);
        }
    }
}
