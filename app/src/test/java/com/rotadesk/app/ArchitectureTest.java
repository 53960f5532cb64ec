package com.rotadesk.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering app -> persistence -> model, as rules that fail the build instead of drifting. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.rotadesk");
    }

    @Test
    void theModelUsesNeitherJavaFxNorSql() {
        noClasses().that().resideInAPackage("com.rotadesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.jooq..", "org.h2..", "org.flywaydb..")
                .because("the rotation engine is plain Java: replayable, testable and shared by the desk and the sheets")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("com.rotadesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.rotadesk.persistence..", "com.rotadesk.app..")
                .because("dependencies point one way: app -> persistence -> model")
                .check(classes);
    }

    @Test
    void persistenceKnowsNoUi() {
        noClasses().that().resideInAPackage("com.rotadesk.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.rotadesk.app..")
                .because("storage must work headless, for the command line and the tests")
                .allowEmptyShould(true)
                .check(classes);
    }
}
