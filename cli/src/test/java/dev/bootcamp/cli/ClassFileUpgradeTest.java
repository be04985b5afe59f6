package dev.bootcamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassFileUpgradeTest {
    @TempDir
    Path folder;

    @Test
    void picocliBecomesJavaEightAndStillLoadsVerifiesAndParses() throws Exception {
        Path original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = Files.copy(original, folder.resolve("picocli.jar"));
        assertThat(major(jar, "picocli/CommandLine.class")).isLessThan(50);

        int upgraded = ClassFileUpgrade.upgrade(jar, "picocli/");

        assertThat(upgraded).isGreaterThan(100);
        assertThat(major(jar, "picocli/CommandLine.class")).isEqualTo(52);
        assertThat(folder.resolve("picocli.jar.partial")).doesNotExist();
        // A loader of its own, so the upgraded classes (not the test's picocli) are verified and run.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> spec = Class.forName("picocli.CommandLine$Model$CommandSpec", true, loader);
            Object command = spec.getMethod("create").invoke(null);
            Class<?> option = Class.forName("picocli.CommandLine$Model$OptionSpec", true, loader);
            Object builder = option.getMethod("builder", String.class, String[].class).invoke(null, "--count", new String[0]);
            Method type = builder.getClass().getMethod("type", Class.class);
            type.setAccessible(true); // declared by a package-private superclass
            type.invoke(builder, int.class);
            spec.getMethod("addOption", option).invoke(command, builder.getClass().getMethod("build").invoke(builder));
            Class<?> commandLine = Class.forName("picocli.CommandLine", true, loader);
            Object parser = commandLine.getConstructor(Object.class).newInstance(command);
            Object result = commandLine.getMethod("parseArgs", String[].class).invoke(parser, (Object) new String[] {"--count", "7"});
            Object value = result.getClass().getMethod("matchedOptionValue", String.class, Object.class).invoke(result, "--count", 0);
            assertThat(value).isEqualTo(7);
        }
    }

    private static int major(Path jar, String entry) throws Exception {
        try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(file.getEntry(entry))) {
            byte[] head = in.readNBytes(8);
            return (head[6] & 0xff) << 8 | head[7] & 0xff;
        }
    }
}
