package dev.bootcamp.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark engine's place in the layering (the rest is the tests module's ArchitectureTest, whose class path has no
 * Spark): it builds on the core's engine SPI and the script host, never on the command line, the bridge or the agent.
 */
class SparkArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.bootcamp");
    }

    @Test
    void sparkDependsOnlyOnTheCoreTheSpiAndTheScriptHost() {
        noClasses().that().resideInAPackage("dev.bootcamp.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bootcamp.cli..", "dev.bootcamp.bridge..", "dev.bootcamp.agent..",
                        "dev.bootcamp.testkit..", "dev.bootcamp.model..", "dev.bootcamp.camps..")
                .check(classes);
    }

    @Test
    void nothingDependsOnSpark() {
        noClasses().that().resideOutsideOfPackage("dev.bootcamp.spark..")
                .should().dependOnClassesThat().resideInAPackage("dev.bootcamp.spark..")
                .check(classes);
    }

    @Test
    void noPackageCyclesWithSparkIncluded() {
        slices().matching("dev.bootcamp.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheScriptHostUsesJythonAndSparkPrintsNothing() {
        noClasses().that().resideInAPackage("dev.bootcamp.spark..")
                .should().dependOnClassesThat().resideInAPackage("org.python..")
                .orShould().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
