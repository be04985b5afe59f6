package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.BootcampInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIndexTest {
    @TempDir
    Path classes;

    @Test
    void anIndexedBootcampIsListedWithoutBeingMadeAndMadeOnFirstUse() throws IOException {
        register(CountedBootcamp.class);
        CatalogIndex.main(new String[] {classes.toString()});
        assertThat(classes.resolve(CatalogIndex.RESOURCE)).exists();
        int before = CountedBootcamp.MADE.get();

        Catalog catalog = Catalog.load(loader());

        assertThat(catalog.ids()).containsExactly("counted");
        assertThat(catalog.infos()).extracting(BootcampInfo::title).containsExactly("Echo counted");
        assertThat(catalog.info("counted").version()).isEqualTo(1);
        assertThat(catalog.select("math")).containsExactly("counted");
        assertThat(CountedBootcamp.MADE.get()).isEqualTo(before);

        assertThat(catalog.get("counted").info()).isEqualTo(catalog.info("counted"));
        catalog.get("counted");
        assertThat(CountedBootcamp.MADE.get()).isEqualTo(before + 1);
    }

    @Test
    void aRegisteredClassWithoutAnIndexIsMadeAtLoad() throws IOException {
        register(CountedBootcamp.class);
        int before = CountedBootcamp.MADE.get();

        Catalog catalog = Catalog.load(loader());

        assertThat(CountedBootcamp.MADE.get()).isEqualTo(before + 1);
        assertThat(catalog.ids()).containsExactly("counted");
    }

    @Test
    void aStaleIndexIsReportedWhenTheBootcampIsMade() throws IOException {
        register(CountedBootcamp.class);
        CatalogIndex.main(new String[] {classes.toString()});
        Path index = classes.resolve(CatalogIndex.RESOURCE);
        rewriteVersion(index, 7);

        Catalog catalog = Catalog.load(loader());

        assertThat(catalog.info("counted").version()).isEqualTo(7);
        assertThatThrownBy(() -> catalog.get("counted")).isInstanceOf(RegistryException.class)
                .hasMessageContaining("index is stale").hasMessageContaining(CountedBootcamp.class.getName());
    }

    @Test
    void aBrokenIndexOrAMissingClassIsAOneLineRegistryError() throws IOException {
        register(CountedBootcamp.class);
        Path index = classes.resolve(CatalogIndex.RESOURCE);
        Files.createDirectories(index.getParent());
        Files.write(index, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Catalog.load(loader())).isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("cannot read the catalogue index").hasMessageNotContaining("\n");

        Files.delete(index);
        Files.writeString(classes.resolve(CatalogIndex.SERVICES), "# a comment\nno.such.Bootcamp\n");
        assertThatThrownBy(() -> Catalog.load(loader())).isInstanceOf(RegistryException.class)
                .hasMessage("registered bootcamp class no.such.Bootcamp is not on the class path");
    }

    /** Rewrites the index as a later build of a changed bootcamp would have, without rebuilding the class. */
    private static void rewriteVersion(Path index, int version) throws IOException {
        List<CatalogIndex.Entry> entries;
        try (InputStream stream = Files.newInputStream(index)) {
            entries = CatalogIndexCodec.decode(stream);
        }
        List<CatalogIndex.Entry> changed = entries.stream().map(entry -> {
            BootcampInfo info = entry.info();
            return new CatalogIndex.Entry(entry.className(), new BootcampInfo(info.id(), info.title(), info.domain(), info.tags(),
                    info.summary(), version, info.knobs(), info.answerShape(), info.uniqueSolution(), info.severalAnswers(),
                    info.diversityFloor(), info.minDistinctAnswers()));
        }).toList();
        Files.write(index, CatalogIndexCodec.encode(changed));
    }

    private void register(Class<?> type) throws IOException {
        Path services = classes.resolve(CatalogIndex.SERVICES);
        Files.createDirectories(services.getParent());
        Files.writeString(services, type.getName() + "\n", StandardCharsets.UTF_8);
    }

    /** Sees the test classes (through the parent) and the temporary folder's service file and index, but no other. */
    private ClassLoader loader() throws IOException {
        ClassLoader parent = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) {
                return Collections.emptyEnumeration();
            }

            @Override
            public URL getResource(String name) {
                return name.startsWith("META-INF/") ? null : super.getResource(name);
            }
        };
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent);
    }
}
