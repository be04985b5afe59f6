package dev.bootcamp.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.core.Catalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer bridge bundle leaves Jython out: the script bootcamps are then not listed, and a plugin folder is a one-line error. */
class ScriptLoaderWithoutJythonTest {
    /** This class path without Jython's classes. */
    private static final ClassLoader WITHOUT_JYTHON = new ClassLoader(ScriptLoaderWithoutJythonTest.class.getClassLoader()) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.python.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    };

    @TempDir
    Path plugins;

    @Test
    void theScriptsAreLeftOutAndTheJavaBootcampsStay() {
        Catalog java = Catalog.load();
        assertThat(ScriptLoader.hasJython(getClass().getClassLoader())).isTrue();
        assertThat(ScriptLoader.hasJython(WITHOUT_JYTHON)).isFalse();
        assertThat(ScriptLoader.extend(java, WITHOUT_JYTHON, List.of()).ids()).isEqualTo(java.ids());
    }

    @Test
    void aPluginFolderIsAnErrorThatSaysWhy() {
        assertThatThrownBy(() -> ScriptLoader.extend(Catalog.load(), WITHOUT_JYTHON, List.of(plugins)))
                .isInstanceOf(ScriptException.class).hasMessageContaining("need Jython").hasMessageNotContaining("\n");
    }
}
