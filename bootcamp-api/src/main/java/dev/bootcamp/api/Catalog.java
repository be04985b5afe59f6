package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every registered bootcamp, by id, sorted and immutable. */
public final class Catalog {
    private final SortedMap<String, TypedBootcamp<?, ?>> byId;

    private Catalog(SortedMap<String, TypedBootcamp<?, ?>> byId) {
        this.byId = Collections.unmodifiableSortedMap(byId);
    }

    /** The bootcamps registered with {@code @AutoService(Bootcamp.class)} and visible to this class's loader. */
    public static Catalog load() {
        return load(Catalog.class.getClassLoader());
    }

    @SuppressWarnings("rawtypes")
    public static Catalog load(ClassLoader loader) {
        List<Bootcamp<?, ?>> found = new ArrayList<>();
        for (Bootcamp bootcamp : ServiceLoader.load(Bootcamp.class, loader)) {
            found.add(bootcamp);
        }
        return of(found);
    }

    /** A catalogue of the given bootcamps; duplicate ids fail naming both classes. */
    public static Catalog of(Collection<? extends Bootcamp<?, ?>> bootcamps) {
        SortedMap<String, TypedBootcamp<?, ?>> byId = new TreeMap<>();
        for (Bootcamp<?, ?> bootcamp : bootcamps) {
            TypedBootcamp<?, ?> typed = TypedBootcamp.of(bootcamp);
            String id = typed.info().id();
            TypedBootcamp<?, ?> previous = byId.put(id, typed);
            if (previous != null) {
                throw new RegistryException("duplicate bootcamp id '" + id + "': " + previous.bootcamp().getClass().getName()
                        + " and " + bootcamp.getClass().getName());
            }
        }
        return new Catalog(byId);
    }

    /** A catalogue with the bootcamps of both; ids must not collide. */
    public Catalog plus(Collection<? extends Bootcamp<?, ?>> more) {
        List<Bootcamp<?, ?>> all = new ArrayList<>();
        byId.values().forEach(typed -> all.add(typed.bootcamp()));
        all.addAll(more);
        return of(all);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<Bootcamp<?, ?>> all() {
        return byId.values().stream().<Bootcamp<?, ?>>map(TypedBootcamp::bootcamp).toList();
    }

    public int size() {
        return byId.size();
    }

    public SortedSet<String> domains() {
        SortedSet<String> domains = new TreeSet<>();
        byId.values().forEach(typed -> domains.add(typed.info().domain()));
        return Collections.unmodifiableSortedSet(domains);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Optional<Bootcamp<?, ?>> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(TypedBootcamp::bootcamp);
    }

    /** The bootcamp with this id; an unknown id fails with the closest ids. */
    public Bootcamp<?, ?> get(String id) {
        return typed(id).bootcamp();
    }

    public TypedBootcamp<?, ?> typed(String id) {
        requireNonNull(id, "id is null");
        TypedBootcamp<?, ?> typed = byId.get(id);
        if (typed == null) {
            throw new RegistryException("unknown bootcamp '" + id + "'" + Names.didYouMean(id, byId.keySet())
                    + " (bootcamp list shows all " + byId.size() + ")");
        }
        return typed;
    }

    /**
     * The ids a selector names: an id, a domain, or a glob over {@code id} or {@code domain/id} with {@code *} and
     * {@code ?}. A selector that matches nothing fails with suggestions.
     */
    public List<String> select(String selector) {
        String key = selector.trim();
        if (byId.containsKey(key)) {
            return List.of(key);
        }
        List<String> matched = new ArrayList<>();
        for (TypedBootcamp<?, ?> typed : byId.values()) {
            BootcampInfo info = typed.info();
            boolean glob = key.indexOf('*') >= 0 || key.indexOf('?') >= 0;
            if (info.domain().equals(key)
                    || glob && (Glob.matches(key, info.id()) || Glob.matches(key, info.domain() + "/" + info.id()))) {
                matched.add(info.id());
            }
        }
        if (matched.isEmpty()) {
            List<String> names = new ArrayList<>(byId.keySet());
            names.addAll(domains());
            throw new RegistryException("'" + key + "' matches no bootcamp id, domain or glob" + Names.didYouMean(key, names));
        }
        return matched;
    }
}
