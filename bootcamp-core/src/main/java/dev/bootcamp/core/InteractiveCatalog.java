package dev.bootcamp.core;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every registered interactive bootcamp ({@code @AutoService(Interactive.class)}), by id, sorted and immutable. */
public final class InteractiveCatalog {
    private final SortedMap<String, Interactive<?>> byId;

    private InteractiveCatalog(SortedMap<String, Interactive<?>> byId) {
        this.byId = Collections.unmodifiableSortedMap(byId);
    }

    /** The interactive bootcamps visible to this class's loader. */
    public static InteractiveCatalog load() {
        return load(InteractiveCatalog.class.getClassLoader());
    }

    /** The interactive bootcamps that the service files visible to {@code loader} name. */
    public static InteractiveCatalog load(ClassLoader loader) {
        List<Interactive<?>> found = new ArrayList<>();
        ServiceLoader.load(Interactive.class, loader).forEach(found::add);
        return of(found);
    }

    /** A catalogue of the given bootcamps; duplicate ids fail naming both classes. */
    public static InteractiveCatalog of(Collection<? extends Interactive<?>> bootcamps) {
        SortedMap<String, Interactive<?>> byId = new TreeMap<>();
        for (Interactive<?> bootcamp : bootcamps) {
            Interactive<?> previous = byId.put(bootcamp.info().id(), bootcamp);
            if (previous != null) {
                throw new RegistryException("duplicate interactive bootcamp id '" + bootcamp.info().id() + "': "
                        + previous.getClass().getName() + " and " + bootcamp.getClass().getName());
            }
        }
        return new InteractiveCatalog(byId);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Optional<Interactive<?>> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The bootcamp with this id, or a {@link RegistryException} that suggests the nearest id. */
    public Interactive<?> get(String id) {
        Interactive<?> bootcamp = byId.get(id);
        if (bootcamp == null) {
            throw new RegistryException("no interactive bootcamp '" + id + "'" + Names.didYouMean(id, byId.keySet()));
        }
        return bootcamp;
    }

    public List<BootcampInfo> infos() {
        return byId.values().stream().map(Interactive::info).toList();
    }

    public int size() {
        return byId.size();
    }
}
