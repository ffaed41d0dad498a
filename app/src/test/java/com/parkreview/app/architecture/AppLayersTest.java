package com.parkreview.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.parkreview.app.Launcher;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The layers inside app: the window (ui) and the command line (cli) are two adapters over the same
 * use cases, so neither depends on the other; below them nothing knows a UI toolkit or picocli;
 * the adapters do not reach into the store, except through the classes still frozen in
 * {@link #FROZEN_STORE_USES}; and no package depends back on one that depends on it.
 */
@AnalyzeClasses(packages = "com.parkreview.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppLayersTest {

    private static final String UI = "com.parkreview.app.ui..";
    private static final String CLI = "com.parkreview.app.cli..";
    private static final String PERSISTENCE = "com.parkreview.app.persistence";

    /**
     * Classes of {@code persistence} (the package itself, not its sub-packages) that the window and
     * the command line still use, frozen as they stood at issue 16 so that no other is added. Each
     * is a violation to remove by giving the adapters a use case (or a type of the review model)
     * instead; none may be added to this list.
     * <ul>
     * <li>{@code Database}: the open file, held by the window's workspace and opened by every
     * command (39 classes: most cli commands, ui.ClientContext, Workspace, DatabaseFlow …); the
     * use cases take it as {@code review.StoreAccess}, but opening and closing it has no use case.
     * <li>{@code DatabaseFile}, {@code OpenOptions}: which file to open and how (cli.DatabaseOptions,
     * cli.KitOpenCommand, cli.RestoreCommand, ui.ClientRoot, DatabaseFlow, OfflineExchangeFlow,
     * ParkReviewApplication, WindowCommands, BackupsDialog, exchange.ExpertLaptopViewModel).
     * <li>{@code StoreException}: the store's refusals shown to the user (cli.DatabaseCommand,
     * MergeCommand, RestoreCommand, ui.DatabaseFlow, common.ErrorDialog).
     * <li>{@code Backups}, {@code Restore}: list, make and restore backups (ui.BackupsDialog,
     * cli.RestoreCommand); no backup use case yet.
     * <li>{@code Engine}: the database engine's name in About (ui.WindowCommands).
     * </ul>
     */
    private static final Set<String> FROZEN_STORE_USES = Set.of("Database", "DatabaseFile", "OpenOptions",
            "StoreException", "Restore", "Backups", "Engine");

    @ArchTest
    static final ArchRule windowDoesNotUseTheCommandLine = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("the window and the command line are two adapters over the same use cases");

    @ArchTest
    static final ArchRule commandLineDoesNotUseTheWindow = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("the window and the command line are two adapters over the same use cases");

    /**
     * Every package but the two adapters (ui, cli) and the launcher that starts one of them: the
     * use cases, the review model, exchange, persistence, and any package added later.
     */
    @ArchTest
    static final ArchRule useCasesKnowNoUiToolkit = noClasses().that().resideOutsideOfPackages(UI, CLI)
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..", "picocli..", UI, CLI)
            .because("a use case runs the same under the window, the command line and the tests");

    @ArchTest
    static final ArchRule adaptersDoNotUseTheStore = noClasses().that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "persistence classes other than the frozen " + FROZEN_STORE_USES, AppLayersTest::notFrozen))
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
            .because("the adapters call use cases; how the store keeps its rows is the store's business");

    /** A class of persistence (or of a package under it) that is not one of the frozen, nor nested in one. */
    private static boolean notFrozen(JavaClass target) {
        String name = target.getName();
        if (!name.startsWith(PERSISTENCE + ".")) {
            return false;
        }
        String topLevel = name.replaceAll("\\$.*", "");
        String simple = topLevel.substring(PERSISTENCE.length() + 1);
        return !FROZEN_STORE_USES.contains(simple); // a sub-package's class keeps its dot and is never frozen
    }

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.parkreview.app.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("com.parkreview.app.(**)")
            .should().beFreeOfCycles();
}
