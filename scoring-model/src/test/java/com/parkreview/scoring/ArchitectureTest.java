package com.parkreview.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scoring model is pure Java: the UI, the database and the reports depend on it, never the reverse. */
@AnalyzeClasses(packages = "com.parkreview.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelUsesNoUiDatabaseOrReportClasses = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "net.sf.jasperreports..", "java.awt..", "javax.swing..")
            .because("scoring-model depends on the JDK alone (STYLE.md 1–2)");

    @ArchTest
    static final ArchRule modelUsesNoOtherModule = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.parkreview.app..", "com.parkreview.reports..")
            .because("the arrows point app → reports → scoring-model");
}
