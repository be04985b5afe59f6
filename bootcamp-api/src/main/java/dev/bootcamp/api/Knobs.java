package dev.bootcamp.api;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A validated, immutable assignment of a value to every declared knob of one bootcamp. Values are only ever
 * set through {@link #with}, which checks the name and the range, so a {@code Knobs} is always valid.
 */
public final class Knobs {
    private final SortedMap<String, Knob<?>> declared;
    private final SortedMap<String, Object> values;
    private String json;

    private Knobs(SortedMap<String, Knob<?>> declared, SortedMap<String, Object> values) {
        this.declared = declared;
        this.values = values;
    }

    /** Every declared knob at its default value. */
    public static Knobs defaults(List<? extends Knob<?>> knobs) {
        SortedMap<String, Knob<?>> declared = new TreeMap<>();
        SortedMap<String, Object> values = new TreeMap<>();
        for (Knob<?> knob : knobs) {
            if (declared.put(knob.name(), knob) != null) {
                throw new IllegalArgumentException("knob '" + knob.name() + "' is declared twice");
            }
            values.put(knob.name(), knob.validate(knob.defaultValue()));
        }
        return new Knobs(Collections.unmodifiableSortedMap(declared), Collections.unmodifiableSortedMap(values));
    }

    /** Knobs read from a case record: unknown names are errors, missing names take their defaults. */
    public static Knobs fromValues(List<? extends Knob<?>> knobs, Map<String, ?> given) {
        Knobs result = defaults(knobs);
        for (Map.Entry<String, ?> entry : new TreeMap<>(given).entrySet()) {
            result = result.with(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** A copy with one knob changed; the name must be declared and the value in range. */
    public Knobs with(String name, Object value) {
        Knob<?> knob = knob(name);
        SortedMap<String, Object> copy = new TreeMap<>(values);
        copy.put(name, knob.validate(value));
        return new Knobs(declared, Collections.unmodifiableSortedMap(copy));
    }

    /** A copy with knobs changed from user text, as in {@code --set size=9}. */
    public Knobs withText(Map<String, String> overrides) {
        Knobs result = this;
        for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
            result = result.with(entry.getKey(), knob(entry.getKey()).parse(entry.getValue()));
        }
        return result;
    }

    /** A copy with one knob changed, typed by its constant; the knob must be declared and the value in range. */
    public <T> Knobs with(Knob<T> knob, T value) {
        requireDeclared(knob);
        return with(knob.name(), value);
    }

    /** The value of a declared knob, typed by its constant. */
    public <T> T get(Knob<T> knob) {
        requireDeclared(knob);
        @SuppressWarnings("unchecked") // validate() stores the canonical Java type of the knob's kind, which is T
        T value = (T) values.get(knob.name());
        return value;
    }

    public int integer(String name) {
        return (Integer) value(name, Knob.Kind.INT);
    }

    public double decimal(String name) {
        return (Double) value(name, Knob.Kind.DOUBLE);
    }

    public String choice(String name) {
        return (String) value(name, Knob.Kind.CHOICE);
    }

    public boolean flag(String name) {
        return (Boolean) value(name, Knob.Kind.BOOL);
    }

    /** Name to value, sorted by name: {@code Integer}, {@code Double}, {@code String} or {@code Boolean}. */
    public SortedMap<String, Object> values() {
        return values;
    }

    /** The values as canonical JSON, cached (case ids hash it for every case). */
    public String json() {
        String cached = json;
        if (cached == null) {
            cached = KnobJson.write(values);
            json = cached;
        }
        return cached;
    }

    public List<Knob<?>> declared() {
        return List.copyOf(declared.values());
    }

    public Knob<?> knob(String name) {
        requireNonNull(name, "name is null");
        Knob<?> knob = declared.get(name);
        if (knob == null) {
            String known = declared.isEmpty() ? "(none)" : String.join(", ", declared.keySet());
            String suggestion = Names.didYouMean(name, declared.keySet());
            throw new ConfigurationException("unknown knob '" + name + "'" + suggestion + (suggestion.isEmpty() ? "; knobs: " : " knobs: ") + known);
        }
        return knob;
    }

    private void requireDeclared(Knob<?> knob) {
        if (!knob.equals(declared.get(knob.name()))) {
            throw new IllegalArgumentException("knob '" + knob.name() + "' is not declared by this bootcamp; declared: " + declared.keySet());
        }
    }

    private Object value(String name, Knob.Kind kind) {
        Knob<?> knob = declared.get(name);
        if (knob == null || knob.kind() != kind) {
            throw new IllegalArgumentException("no " + kind.wireName() + " knob named '" + name + "'; declared: " + declared.keySet());
        }
        return values.get(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Knobs knobs && knobs.values.equals(values) && knobs.declared.equals(declared);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(value));
        return text.toString();
    }
}
