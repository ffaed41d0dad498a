package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.exchange.csv.ScoresCsv;
import com.parkreview.app.review.PaperEntry;
import com.parkreview.app.review.ReviewRules;
import com.parkreview.app.review.StoreAccess;
import com.parkreview.app.review.TypedSheet;
import com.parkreview.scoring.LocalizedText;
import com.parkreview.scoring.merge.ExpertSheet;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The paper sheets {@code score enter} types in: one from --scores, or every sheet of a scores file. */
final class TypedSheets {

    /** One sheet on the command line, or a file of sheets. */
    static final class Source {
        @ArgGroup(exclusive = false)
        One one;

        @Option(names = "--file", paramLabel = "SHEETS.csv",
                description = "Sheets as merge --scores reads them: header applicant,expert,indicator,score (or 申报单位,专家,指标,得分), a row per score.")
        Path file;
    }

    /** {@code --expert E5 --applicant A01 --scores "1.1=5 1.2=4.5 …"}. */
    static final class One {
        @Option(names = "--expert", required = true, paramLabel = "E", description = "The expert whose sheet it is (E5).")
        String expert;

        @Option(names = "--applicant", required = true, paramLabel = "A", description = "The applicant scored (A01).")
        String applicant;

        // separated as a Chinese input method types them too (，；、 and the wide space; round 14)
        @Option(names = "--scores", required = true, split = "[,;，；、\\s\u3000]+", paramLabel = "CODE=SCORE",
                description = "Every indicator's score as on the paper: \"1.1=5 1.2=4.5 …\".")
        List<String> pairs;
    }

    private TypedSheets() {
    }

    static List<TypedSheet> read(StoreAccess db, long session, Source source, String opinion) throws InputRejectedException {
        if (source.file == null) {
            return List.of(new TypedSheet(SessionLookup.expert(db, session, source.one.expert).id(),
                    SessionLookup.applicant(db, session, source.one.applicant).id(), pairs(source.one.pairs), opinion));
        }
        ProgrammeSettings programme = db.read(s -> ReviewRules.session(s, session)).settings();
        ScoresCsv.Result read = ScoresCsv.read(source.file, programme.rubric(), programme.precision(), Optional.empty());
        if (!read.problems().isEmpty()) {
            throw new InputRejectedException(read.problems());
        }
        List<TypedSheet> sheets = new ArrayList<>();
        for (Map.Entry<String, List<ExpertSheet>> applicant : read.sheetsByApplicant().entrySet()) {
            long applicantId = SessionLookup.applicant(db, session, applicant.getKey()).id();
            for (ExpertSheet sheet : applicant.getValue()) {
                if (sheet.recused()) {
                    throw new InputRejectedException(List.of(InputProblem.inFile(source.file.getFileName().toString(),
                            AppText.of("cli.paperRecused", sheet.expertId(), applicant.getKey()))));
                }
                Map<String, String> typed = new LinkedHashMap<>();
                sheet.scores().forEach((code, score) -> typed.put(code, score.toPlainString()));
                sheets.add(new TypedSheet(SessionLookup.expert(db, session, sheet.expertId()).id(), applicantId, typed,
                        opinion));
            }
        }
        if (sheets.isEmpty()) { // a header alone was "entered", and the typist sent on to the second entry (round 20)
            throw new InputRejectedException(List.of(InputProblem.inFile(source.file.getFileName().toString(),
                    AppText.of("cli.paperNoRows"))));
        }
        return sheets;
    }

    /** "E5 / A01": whose sheet, for whom. */
    static String label(StoreAccess db, long expertId, long applicantId) {
        return db.read(s -> ReviewRules.expert(s, expertId).code() + " / " + ReviewRules.applicant(s, applicantId).code());
    }

    /** The scores as typed, or a refusal naming every malformed or repeated one at once (round 15: one hid the others). */
    private static Map<String, String> pairs(List<String> pairs) {
        Map<String, String> typed = new LinkedHashMap<>();
        List<LocalizedText> problems = new ArrayList<>();
        for (String given : pairs) {
            String pair = given.replace('＝', '=');
            int at = pair.indexOf('=');
            if (at <= 0) {
                problems.add(AppText.of("cli.scorePair", given));
                continue;
            }
            String code = pair.substring(0, at).strip();
            String score = pair.substring(at + 1).strip();
            String before = typed.putIfAbsent(code, score);
            if (before != null) {
                problems.add(AppText.of("cli.scoreTwice", code, before, score));
            }
        }
        PaperEntry.refuseIfAny(problems);
        return typed;
    }
}
