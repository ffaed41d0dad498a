package com.parkreview.app.cli;

import com.parkreview.app.AppText;
import com.parkreview.app.setup.SetupTemplate;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code template applicants|experts --out FILE}: an empty table for the programme office, CSV or XLSX. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write an empty table of applicants or experts (CSV or XLSX by the name) with the Chinese header the import reads.",
                "生成空白的申报单位表或专家组表（按文件名为 CSV 或 XLSX），表头为导入时读取的中文表头。"})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "applicants|experts", description = "Which table.")
    private String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "申报单位.xlsx, 专家组.csv …")
    private Path out;

    @Override
    public Integer call() {
        try {
            SetupTemplate.Kind which = switch (kind.strip().toLowerCase(Locale.ROOT)) {
                case "applicants" -> SetupTemplate.Kind.APPLICANTS;
                case "experts" -> SetupTemplate.Kind.EXPERTS;
                default -> throw new ValidationException(AppText.of("cli.templateKind", kind));
            };
            SetupTemplate.write(which, out);
            spec.commandLine().getOut().println(AppText.of("cli.templateWritten", out,
                    String.join(",", which.header())).text());
            return ExitCodes.OK;
        } catch (ValidationException e) {
            spec.commandLine().getErr().println(e.getMessage(Locale.getDefault()));
            return ExitCodes.REFUSED;
        }
    }
}
