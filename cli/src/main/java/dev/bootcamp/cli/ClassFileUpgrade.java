package dev.bootcamp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step, run on the shaded jar after packaging: rewrites class files older than Java 6 (picocli is compiled for
 * Java 5) as Java 8 class files with stack map frames. Class-data sharing refuses pre-Java-6 classes, and with them every
 * class that implements one of their interfaces (all our commands), so without this step a quarter of what a start-up
 * loads is read from the jar and verified the slow way each time. The classes' code is unchanged.
 *
 * <p>Usage: {@code ClassFileUpgrade PACKAGE-PREFIX JAR...}, for example {@code picocli/ target/bootcamp.jar}: the old class
 * files under the prefix are upgraded (others, such as Jython's, are loaded only when used and left alone); each jar is
 * rewritten next to itself and moved into place.
 */
public final class ClassFileUpgrade {
    private static final int JAVA_6 = 50;

    private ClassFileUpgrade() {}

    public static void main(String[] args) throws IOException {
        for (String jar : Arrays.asList(args).subList(1, args.length)) {
            int upgraded = upgrade(Path.of(jar), args[0]);
            System.out.println("[class-file upgrade] " + upgraded + " class files of " + jar + " rewritten for Java 8");
        }
    }

    static int upgrade(Path jar, String prefix) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
        int upgraded = 0;
        try (JarFile in = new JarFile(jar.toFile(), false); JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
                    bytes = rewrite(bytes);
                    upgraded++;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return upgraded;
    }

    private static int majorVersion(byte[] bytes) {
        return bytes.length < 8 ? Integer.MAX_VALUE : (bytes[6] & 0xff) << 8 | bytes[7] & 0xff;
    }

    private static byte[] rewrite(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
