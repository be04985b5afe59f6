package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Names;
import java.lang.reflect.InvocationTargetException;

/** One bootcamp of a catalogue: what it is, and the bootcamp itself, made on first use when it came from an index. */
final class CatalogEntry {
    private final BootcampInfo info;
    private final String className;
    private final ClassLoader loader;
    private volatile Bootcamp<?, ?> bootcamp;

    private CatalogEntry(BootcampInfo info, String className, ClassLoader loader, Bootcamp<?, ?> bootcamp) {
        this.info = info;
        this.className = className;
        this.loader = loader;
        this.bootcamp = bootcamp;
    }

    static CatalogEntry made(Bootcamp<?, ?> bootcamp) {
        BootcampInfo info = requireNonNull(bootcamp.info(), bootcamp.getClass().getName() + ".info() is null");
        return new CatalogEntry(info, bootcamp.getClass().getName(), null, bootcamp);
    }

    static CatalogEntry lazy(String className, ClassLoader loader, BootcampInfo info) {
        return new CatalogEntry(info, className, loader, null);
    }

    BootcampInfo info() {
        return info;
    }

    String className() {
        return className;
    }

    Bootcamp<?, ?> bootcamp() {
        Bootcamp<?, ?> made = bootcamp;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (bootcamp == null) {
                Bootcamp<?, ?> created = instantiate(className, loader);
                if (!info.equals(created.info())) {
                    throw new RegistryException("the catalogue index is stale for " + className + " (its info() differs from "
                            + "the index built with it); rebuild the jar that holds it");
                }
                bootcamp = created;
            }
            return bootcamp;
        }
    }

    /** Makes a registered bootcamp with its public no-argument constructor; failures name the class and the cause. */
    static Bootcamp<?, ?> instantiate(String className, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (!Bootcamp.class.isAssignableFrom(type)) {
                throw new RegistryException(className + " is registered as a bootcamp but does not implement " + Bootcamp.class.getName());
            }
            return (Bootcamp<?, ?>) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new RegistryException("registered bootcamp class " + className + " is not on the class path");
        } catch (NoSuchMethodException e) {
            throw new RegistryException("bootcamp " + className + " needs a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new RegistryException("bootcamp " + className + " failed to start: " + Names.firstLine(String.valueOf(e.getCause())));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new RegistryException("bootcamp " + className + " cannot be made: " + Names.firstLine(String.valueOf(e)));
        }
    }
}
