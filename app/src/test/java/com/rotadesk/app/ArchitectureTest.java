package com.rotadesk.app;

import com.rotadesk.model.Client;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Policy;
import com.rotadesk.model.RotationWindow;
import com.rotadesk.model.engine.state.Evolution;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.LocalTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering app -> persistence -> model, as rules that fail the build instead of drifting. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // the model's test jar (its scenario and rule helpers) is on this classpath too: production code only
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
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
    void onlyTheEngineDecides() {
        noClasses().that().resideOutsideOfPackage("com.rotadesk.model..")
                .should().callMethod(Client.class, "ownerAt", LocalDateTime.class, int.class)
                .orShould().callMethod(Client.class, "protectedUntil", int.class)
                .orShould().callMethod(Policy.class, "outcomeFor", PassReason.class)
                .orShould().callMethod(Policy.class, "creditAllowed", int.class)
                .orShould().callMethod(RotationWindow.class, "contains", LocalTime.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("com.rotadesk.model.engine.rules..",
                        "com.rotadesk.model.engine.state..")
                .because("the rules decide in the engine (com.rotadesk.model.engine.rules); the desk, the sheets and "
                        + "the store show what the engine's events and queries say, and never work a rule out again")
                .check(classes);
    }

    @Test
    void onlyEvolutionChangesTheOffice() {
        noClasses().that().resideInAPackage("com.rotadesk.model.engine.rules..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.describe("Evolution",
                                        c -> c.isEquivalentTo(Evolution.class)))))
                .because("deciding never changes the office: a rule emits events on its scratch, and only the engine "
                        + "hands them to Evolution")
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
