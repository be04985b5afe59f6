package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every registered bootcamp, by id, sorted and immutable. A catalogue lists from each jar's build-time index
 * ({@link CatalogIndex}) without creating a bootcamp; a bootcamp is made on first use. Classes a jar registers without
 * an index (a plugin jar built elsewhere, a test) are made at load.
 */
public final class Catalog {
    private final SortedMap<String, CatalogEntry> byId;
    private final SortedMap<String, BootcampInfo> infos;
    // Resolving generic types touches Jackson, which is slow to start; done on first use, not at load.
    private final ConcurrentMap<String, TypedBootcamp<?, ?>> typed = new ConcurrentHashMap<>();

    private Catalog(SortedMap<String, CatalogEntry> byId) {
        this.byId = Collections.unmodifiableSortedMap(byId);
        SortedMap<String, BootcampInfo> infos = new TreeMap<>();
        byId.forEach((id, entry) -> infos.put(id, entry.info()));
        this.infos = Collections.unmodifiableSortedMap(infos);
    }

    /** The bootcamps registered with {@code @AutoService(Bootcamp.class)} and visible to this class's loader. */
    public static Catalog load() {
        return load(Catalog.class.getClassLoader());
    }

    /** The bootcamps that the service files visible to {@code loader} name; indexed ones are made on first use. */
    public static Catalog load(ClassLoader loader) {
        Map<String, BootcampInfo> indexed = CatalogIndex.read(loader);
        List<CatalogEntry> entries = new ArrayList<>();
        for (String className : CatalogIndex.serviceClasses(loader)) {
            BootcampInfo info = indexed.get(className);
            entries.add(info == null ? CatalogEntry.made(CatalogEntry.instantiate(className, loader)) : CatalogEntry.lazy(className, loader, info));
        }
        return from(entries);
    }

    /** A catalogue of the given bootcamps; duplicate ids fail naming both classes. */
    public static Catalog of(Collection<? extends Bootcamp<?, ?>> bootcamps) {
        return from(bootcamps.stream().map(CatalogEntry::made).toList());
    }

    private static Catalog from(Collection<CatalogEntry> entries) {
        SortedMap<String, CatalogEntry> byId = new TreeMap<>();
        for (CatalogEntry entry : entries) {
            CatalogEntry previous = byId.put(entry.info().id(), entry);
            if (previous != null) {
                throw new RegistryException("duplicate bootcamp id '" + entry.info().id() + "': " + previous.className()
                        + " and " + entry.className());
            }
        }
        return new Catalog(byId);
    }

    /** A catalogue with the bootcamps of both; ids must not collide. */
    public Catalog plus(Collection<? extends Bootcamp<?, ?>> more) {
        List<CatalogEntry> all = new ArrayList<>(byId.values());
        more.forEach(bootcamp -> all.add(CatalogEntry.made(bootcamp)));
        return from(all);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every bootcamp, made now where not yet made; {@link #infos()} lists without making any. */
    public List<Bootcamp<?, ?>> all() {
        return byId.values().stream().<Bootcamp<?, ?>>map(CatalogEntry::bootcamp).toList();
    }

    /** What every bootcamp is, by id order, without making one. */
    public List<BootcampInfo> infos() {
        return List.copyOf(infos.values());
    }

    /** The class (or script file) that provides each id. */
    public String owner(String id) {
        CatalogEntry entry = byId.get(fold(id));
        return entry == null ? null : entry.className();
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
        CatalogEntry entry = byId.get(fold(id));
        return entry == null ? Optional.empty() : Optional.of(entry.bootcamp());
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
        CatalogEntry entry = byId.get(fold(id));
        if (entry == null) {
            throw new RegistryException("unknown bootcamp '" + id + "'" + Names.didYouMean(id, byId.keySet())
                    + " (bootcamp list shows all " + byId.size() + ")");
        }
        return typed.computeIfAbsent(fold(id), key -> TypedBootcamp.of(entry.bootcamp()));
    }

    /** What the bootcamp with this id is, without making it; an unknown id fails with the closest ids. */
    public BootcampInfo info(String id) {
        BootcampInfo info = infos.get(fold(requireNonNull(id, "id is null")));
        if (info == null) {
            typed(id); // throws with suggestions
        }
        return info;
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
