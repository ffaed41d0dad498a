package com.parkreview.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layers inside app: the window (ui) and the command line (cli) are two adapters over the same
 * use cases, so neither depends on the other; below them nothing knows a UI toolkit or picocli;
 * the adapters reach the store only through its entry classes (open a file, its options, its
 * refusals, its backups), never a repository or JDBC; and no feature package depends back on one
 * that depends on it.
 */
@AnalyzeClasses(packages = "com.parkreview.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppLayersTest {

    private static final String[] BELOW_THE_ADAPTERS = {"com.parkreview.app.review..", "com.parkreview.app.sheets..",
        "com.parkreview.app.laptop..", "com.parkreview.app.exchange..", "com.parkreview.app.persistence..",
        "com.parkreview.app.files..", "com.parkreview.app.demo..", "com.parkreview.app.results..",
        "com.parkreview.app.setup.."};

    /** What the window and the command line may use of the store: open a file, list, back up and restore it. */
    private static final Set<String> STORE_ENTRY = Set.of("Database", "DatabaseFile", "OpenOptions", "StoreException",
            "Restore", "Backups", "Engine");

    @ArchTest
    static final ArchRule windowDoesNotUseTheCommandLine = noClasses().that().resideInAPackage("com.parkreview.app.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.parkreview.app.cli..")
            .because("the window and the command line are two adapters over the same use cases");

    @ArchTest
    static final ArchRule commandLineDoesNotUseTheWindow = noClasses().that().resideInAPackage("com.parkreview.app.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.parkreview.app.ui..")
            .because("the window and the command line are two adapters over the same use cases");

    @ArchTest
    static final ArchRule useCasesKnowNoUiToolkit = noClasses().that().resideInAnyPackage(BELOW_THE_ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "picocli..", "com.parkreview.app.ui..", "com.parkreview.app.cli..")
            .because("a use case runs the same under the window, the command line and the tests");

    @ArchTest
    static final ArchRule adaptersReachTheStoreOnlyThroughItsEntry = noClasses()
            .that().resideInAnyPackage("com.parkreview.app.ui..", "com.parkreview.app.cli..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "persistence classes other than its entry (" + String.join(", ", STORE_ENTRY) + ")",
                    c -> c.getPackageName().startsWith("com.parkreview.app.persistence")
                            && !STORE_ENTRY.contains(c.getSimpleName().replaceAll("\\$.*", ""))
                            && !c.getName().contains("$")))
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
            .because("the adapters call use cases; how the store keeps its rows is the store's business");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("com.parkreview.app.(*)..")
            .should().beFreeOfCycles();
}
