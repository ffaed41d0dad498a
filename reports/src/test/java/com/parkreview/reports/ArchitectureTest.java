package com.parkreview.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows point app → reports → scoring-model: the reports know no UI, no database, no app. */
@AnalyzeClasses(packages = "com.parkreview.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reportsUseNoUiOrDatabase = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..")
            .because("the reports module takes plain records; the app maps stored data to them");

    @ArchTest
    static final ArchRule reportsDoNotDependOnTheApp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.parkreview.app..")
            .because("the arrows point app → reports → scoring-model");

    @ArchTest
    static final ArchRule inputRecordsKnowNothingOfJasper = noClasses()
            .that().resideInAnyPackage("com.parkreview.reports.data..", "com.parkreview.reports.verify..")
            .should().dependOnClassesThat().resideInAnyPackage("net.sf.jasperreports..")
            .because("the app builds the input and recomputes verification codes without the report engine");
}
