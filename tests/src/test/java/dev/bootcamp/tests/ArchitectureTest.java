package dev.bootcamp.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of STYLE.md and the module layering of DESIGN.md, over every module on this class path (all
 * but spark-engine, which this module leaves out so that the command line here has no Spark; spark-engine's
 * SparkArchitectureTest applies the same layering to its classes).
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.bootcamp");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.bootcamp.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * Each module's package sees only the modules below it: api <- verify <- core <- testkit, scripts, model client <-
     * agent, bridge, Spark <- cli; the catalogue sees only the SPI and the verifiers.
     */
    @Test
    void modulesDependOnlyOnTheModulesBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("spi").definedBy("dev.bootcamp.api")
                .layer("verifiers").definedBy("dev.bootcamp.verify")
                .layer("core").definedBy("dev.bootcamp.core..")
                .layer("testkit").definedBy("dev.bootcamp.testkit")
                .layer("catalogue").definedBy("dev.bootcamp.camps..")
                .layer("scripts").definedBy("dev.bootcamp.scripts")
                .layer("model-client").definedBy("dev.bootcamp.model")
                .layer("agent").definedBy("dev.bootcamp.agent..")
                .layer("bridge").definedBy("dev.bootcamp.bridge..")
                .layer("spark").definedBy("dev.bootcamp.spark")
                .layer("cli").definedBy("dev.bootcamp.cli")
                .whereLayer("spi").mayNotAccessAnyLayer()
                .whereLayer("verifiers").mayOnlyAccessLayers("spi")
                .whereLayer("core").mayOnlyAccessLayers("spi", "verifiers")
                .whereLayer("testkit").mayOnlyAccessLayers("spi", "verifiers", "core")
                .whereLayer("catalogue").mayOnlyAccessLayers("spi", "verifiers")
                .whereLayer("scripts").mayOnlyAccessLayers("spi", "verifiers", "core")
                .whereLayer("model-client").mayOnlyAccessLayers("core")
                // the agent compiles candidates against the kit, so it names one kit class to find the catalogue's jar
                .whereLayer("agent").mayOnlyAccessLayers("spi", "verifiers", "core", "testkit", "scripts", "model-client", "catalogue")
                .whereLayer("bridge").mayOnlyAccessLayers("spi", "verifiers", "core", "model-client")
                .whereLayer("spark").mayOnlyAccessLayers("spi", "verifiers", "core", "scripts")
                .whereLayer("cli").mayOnlyAccessLayers("spi", "verifiers", "core", "testkit", "catalogue", "scripts", "model-client", "agent", "bridge")
                .check(classes);
    }

    @Test
    void theSpiDependsOnNothingOfOursAndOnlyOnJacksonAnnotations() {
        classes().that().resideInAPackage("dev.bootcamp.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.bootcamp.api..", "java..", "com.fasterxml.jackson.annotation..")
                .check(classes);
    }

    @Test
    void theSpiHasNoPublicMutableState() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("dev.bootcamp.api..").and().arePublic()
                .should().beStatic().andShould().beFinal()
                .check(classes);
    }

    @Test
    void noPublicFieldIsMutableOrAJsonMapper() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("dev.bootcamp..").and().arePublic()
                .should().beFinal().andShould().notHaveRawType(com.fasterxml.jackson.databind.ObjectMapper.class)
                .check(classes);
    }

    @Test
    void onlyTheScriptsModuleUsesJython() {
        noClasses().that().resideOutsideOfPackage("dev.bootcamp.scripts..")
                .should().dependOnClassesThat().resideInAPackage("org.python..")
                .check(classes);
    }

    @Test
    void onlyTheBridgeServesHttp() {
        noClasses().that().resideOutsideOfPackage("dev.bootcamp.bridge.server..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void verifiersDependOnlyOnTheApi() {
        classes().that().resideInAPackage("dev.bootcamp.verify..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.bootcamp.verify..", "dev.bootcamp.api..", "java..")
                .check(classes);
    }

    @Test
    void bootcampsSeeOnlyTheApiVerifiersAndKit() {
        classes().that().resideInAPackage("dev.bootcamp.camps..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.bootcamp.camps..", "dev.bootcamp.verify..",
                        "dev.bootcamp.api..", "java..", "com.google.auto.service..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void bootcampsDoNotImportEachOther() {
        classes().that().resideInAPackage("dev.bootcamp.camps..").and().resideOutsideOfPackage("dev.bootcamp.camps.kit..")
                .should(new ArchCondition<JavaClass>("depend only on the kit and on classes of their own stem") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String stem = stem(type);
                        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            if (target.getPackageName().startsWith("dev.bootcamp.camps.") && !target.getPackageName().startsWith("dev.bootcamp.camps.kit")
                                    && !stem(target).equals(stem)) {
                                events.add(SimpleConditionEvent.violated(type, type.getName() + " depends on another bootcamp's " + target.getName()));
                            }
                        }
                    }
                }).check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.bootcamp.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.bootcamp.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    @Test
    void guiceAndPicocliStayOutOfTheLibraries() {
        noClasses().that().resideInAnyPackage("dev.bootcamp.api..", "dev.bootcamp.verify..", "dev.bootcamp.core..", "dev.bootcamp.testkit..",
                        "dev.bootcamp.camps..", "dev.bootcamp.scripts..", "dev.bootcamp.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "picocli..")
                .check(classes);
    }

    /**
     * The stem of a class in the catalogue: the longest name of a bootcamp ({@code Sudoku} for {@code SudokuBootcamp})
     * in the same package that the class's top-level name starts with, so {@code SudokuBootcamp$Puzzle},
     * {@code SudokuSolver} and {@code SudokuCounter} share the stem {@code Sudoku}.
     */
    private static String stem(JavaClass type) {
        String name = type.getName().substring(type.getPackageName().length() + 1);
        int nested = name.indexOf('$');
        String top = nested < 0 ? name : name.substring(0, nested);
        String best = top;
        int bestLength = -1;
        for (JavaClass candidate : classes) {
            String candidateName = candidate.getSimpleName();
            if (candidate.getPackageName().equals(type.getPackageName()) && candidateName.endsWith("Bootcamp")) {
                String stem = candidateName.substring(0, candidateName.length() - "Bootcamp".length());
                if (!stem.isEmpty() && top.startsWith(stem) && stem.length() > bestLength) {
                    best = stem;
                    bestLength = stem.length();
                }
            }
        }
        return best;
    }
}
