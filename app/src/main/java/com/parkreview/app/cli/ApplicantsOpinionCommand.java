package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.exchange.InputProblem;
import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.files.InputFiles;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Applicant;
import com.parkreview.app.review.OpenStore;
import com.parkreview.app.review.SessionSetup;
import com.parkreview.scoring.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code applicants opinion}: the group leader's joint opinion (组长意见) on an applicant, which its
 * panel summary prints; the window's 专家组综合意见 field, from the command line (a tester's round
 * 14 found no way to type it there, and learned of the empty boxes only once the session was closed).
 */
@Command(name = "opinion", mixinStandardHelpOptions = true,
        description = {"Record the group leader's joint opinion (组长意见) on an applicant, printed on its panel summary."})
final class ApplicantsOpinionCommand extends DatabaseCommand {

    private static final int MAX_BYTES = 64 * 1024;

    @Option(names = "--session", required = true, paramLabel = "ID", description = "The session (see the sessions command).")
    private long session;

    @Option(names = "--applicant", required = true, paramLabel = "CODE", description = "The applicant's code (A01).")
    private String applicant;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--text", paramLabel = "TEXT", description = "The opinion as written by the group leader, on one line (several lines: --file).")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "A UTF-8 text file holding the opinion (several lines).")
        Path file;
    }

    @Override
    int run(OpenStore db) throws InputRejectedException {
        Applicant found = SessionLookup.applicant(db, session, applicant);
        // the file's own line ends and spaces around the opinion are not of it (round 15: 10,000 characters refused as 10,001)
        String text = (source.text != null ? source.text : read(source.file)).strip();
        new SessionSetup(db).setJointOpinion(Actor.commandLine(), found.id(), text);
        out().println(AppText.of(text.isBlank() ? "cli.opinionCleared" : "cli.opinionRecorded", found.code(),
                found.name(), text.strip().length()).text());
        return ExitCodes.OK;
    }

    /** The file's text: UTF-8, at most {@value #MAX_BYTES} bytes (the opinion's own limit is then checked). */
    private static String read(Path file) throws InputRejectedException {
        try (InputStream in = InputFiles.open(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ValidationException(AppText.of("cli.opinionFileTooLong", file, MAX_BYTES / 1024));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new ValidationException(AppText.of("cli.opinionFileNotUtf8", file));
        } catch (IOException e) { // a folder, a device, a missing file: said as such (round 15 was told to check the name)
            throw new InputRejectedException(List.of(InputProblem.unreadable(file, e)));
        }
    }
}
