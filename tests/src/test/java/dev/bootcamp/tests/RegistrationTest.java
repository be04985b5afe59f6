package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Names;
import dev.bootcamp.core.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every concrete bootcamp class is registered, and its id and domain follow from its name and package. */
class RegistrationTest {
    private static final String CAMPS = "dev.bootcamp.camps";

    @Test
    void everyBootcampClassIsInTheCatalogue() {
        Set<String> registered = new TreeSet<>();
        Catalog.load().all().forEach(bootcamp -> registered.add(bootcamp.getClass().getName()));
        Set<String> found = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(CAMPS)) {
            if (type.isAssignableTo(Bootcamp.class) && !type.getModifiers().contains(JavaModifier.ABSTRACT) && !type.isInterface()) {
                found.add(type.getName());
            }
        }
        assertThat(found).isNotEmpty();
        assertThat(registered).as("classes implementing Bootcamp without @AutoService(Bootcamp.class)").containsAll(found);
    }

    @Test
    void idsComeFromClassNamesAndDomainsFromPackages() {
        List<String> problems = new ArrayList<>();
        for (Bootcamp<?, ?> bootcamp : Catalog.load().all()) {
            BootcampInfo info = bootcamp.info();
            Class<?> type = bootcamp.getClass();
            if (!info.id().equals(Names.idOf(type))) {
                problems.add(type.getName() + " has id '" + info.id() + "', expected '" + Names.idOf(type) + "'");
            }
            String expectedPackage = CAMPS + "." + info.domain();
            if (!type.getPackageName().equals(expectedPackage)) {
                problems.add(type.getName() + " is in domain '" + info.domain() + "' but not in package " + expectedPackage);
            }
            if (!type.getSimpleName().endsWith("Bootcamp")) {
                problems.add(type.getName() + " should be named <Name>Bootcamp");
            }
        }
        assertThat(problems).isEmpty();
    }
}
