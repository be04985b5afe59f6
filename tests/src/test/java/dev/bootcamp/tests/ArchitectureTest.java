package dev.bootcamp.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

/** The architecture rules of STYLE.md. */
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

    @Test
    void theApiDependsOnNothingOfOursAndOnlyOnJackson() {
        classes().that().resideInAPackage("dev.bootcamp.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.bootcamp.api..", "java..", "com.fasterxml.jackson..")
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
    void guiceAndPicocliStayOutOfTheApiAndTheCatalogue() {
        noClasses().that().resideInAnyPackage("dev.bootcamp.api..", "dev.bootcamp.verify..", "dev.bootcamp.camps..")
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
