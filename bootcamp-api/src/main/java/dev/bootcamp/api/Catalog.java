package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every registered bootcamp, by id, sorted and immutable. */
public final class Catalog {
    private final SortedMap<String, Bootcamp<?, ?>> byId;
    private final SortedMap<String, BootcampInfo> infos;
    // Resolving generic types touches Jackson, which is slow to start; done on first use, not at load.
    private final ConcurrentMap<String, TypedBootcamp<?, ?>> typed = new ConcurrentHashMap<>();

    private Catalog(SortedMap<String, Bootcamp<?, ?>> byId, SortedMap<String, BootcampInfo> infos) {
        this.byId = Collections.unmodifiableSortedMap(byId);
        this.infos = Collections.unmodifiableSortedMap(infos);
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
        SortedMap<String, Bootcamp<?, ?>> byId = new TreeMap<>();
        SortedMap<String, BootcampInfo> infos = new TreeMap<>();
        for (Bootcamp<?, ?> bootcamp : bootcamps) {
            BootcampInfo info = requireNonNull(bootcamp.info(), bootcamp.getClass().getName() + ".info() is null");
            String id = info.id();
            Bootcamp<?, ?> previous = byId.put(id, bootcamp);
            if (previous != null) {
                throw new RegistryException("duplicate bootcamp id '" + id + "': " + previous.getClass().getName()
                        + " and " + bootcamp.getClass().getName());
            }
            infos.put(id, info);
        }
        return new Catalog(byId, infos);
    }

    /** A catalogue with the bootcamps of both; ids must not collide. */
    public Catalog plus(Collection<? extends Bootcamp<?, ?>> more) {
        List<Bootcamp<?, ?>> all = new ArrayList<>(byId.values());
        all.addAll(more);
        return of(all);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<Bootcamp<?, ?>> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public SortedSet<String> domains() {
        SortedSet<String> domains = new TreeSet<>();
        infos.values().forEach(info -> domains.add(info.domain()));
        return Collections.unmodifiableSortedSet(domains);
    }

    public boolean contains(String id) {
        return byId.containsKey(fold(id));
    }

    /** The bootcamp with this id, ignoring case ({@code Sudoku} finds {@code sudoku}: ids are lower case). */
    public Optional<Bootcamp<?, ?>> find(String id) {
        return Optional.ofNullable(byId.get(fold(id)));
    }

    private static String fold(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /** The bootcamp with this id; an unknown id fails with the closest ids. */
    public Bootcamp<?, ?> get(String id) {
        return typed(id).bootcamp();
    }

    public TypedBootcamp<?, ?> typed(String id) {
        requireNonNull(id, "id is null");
        Bootcamp<?, ?> bootcamp = byId.get(fold(id));
        if (bootcamp == null) {
            throw new RegistryException("unknown bootcamp '" + id + "'" + Names.didYouMean(id, byId.keySet())
                    + " (bootcamp list shows all " + byId.size() + ")");
        }
        return typed.computeIfAbsent(fold(id), key -> TypedBootcamp.of(bootcamp));
    }

    public BootcampInfo info(String id) {
        typed(id);
        return infos.get(fold(id));
    }

    /**
     * The ids a selector names: an id, a domain, or a glob over {@code id} or {@code domain/id} with {@code *} and
     * {@code ?}. A selector that matches nothing fails with suggestions.
     */
    public List<String> select(String selector) {
        String key = fold(selector.trim());
        if (byId.containsKey(key)) {
            return List.of(key);
        }
        List<String> matched = new ArrayList<>();
        for (BootcampInfo info : infos.values()) {
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
