package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Knobs;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to generate: a mix, a run seed, a level, knob overrides and an answer style. Case {@code i} is a pure function
 * of the plan and {@code i}, so any engine (one thread, many threads, many machines) makes the same bytes.
 * Knob overrides are validated against every bootcamp in the mix when the plan is made, before anything is written.
 */
public final class CasePlan {
    private final Mix mix;
    private final long runSeed;
    private final int level;
    private final AnswerStyle style;
    private final SortedMap<String, TypedBootcamp<?, ?>> bootcamps = new TreeMap<>();
    private final SortedMap<String, Knobs> knobs = new TreeMap<>();

    public CasePlan(Catalog catalog, Mix mix, long runSeed, int level, Map<String, String> overrides, AnswerStyle style) {
        this.mix = requireNonNull(mix, "mix is null");
        this.runSeed = runSeed;
        this.level = level;
        this.style = requireNonNull(style, "style is null");
        for (String id : mix.ids()) {
            TypedBootcamp<?, ?> typed = catalog.typed(id);
            bootcamps.put(id, typed);
            try {
                knobs.put(id, typed.bootcamp().atLevel(level).withText(overrides));
            } catch (ConfigurationException e) {
                throw new ConfigurationException(id + ": " + e.getMessage());
            }
        }
    }

    public Case caseAt(long index) {
        String id = mix.pick(runSeed, index);
        return bootcamps.get(id).makeCase(knobs.get(id), level, Seeds.caseSeed(runSeed, id, index), style);
    }

    /** Case {@code index} as the UTF-8 bytes of its JSON and a newline; see {@link TypedBootcamp#line}. */
    public byte[] caseLine(long index) {
        return lineAt(index).bytes();
    }

    /** Case {@code index} as the one case writer writes it, with the fields other formats read; see {@link TypedBootcamp#line}. */
    public CaseLine lineAt(long index) {
        String id = mix.pick(runSeed, index);
        return bootcamps.get(id).line(knobs.get(id), level, Seeds.caseSeed(runSeed, id, index), style);
    }

    public Mix mix() {
        return mix;
    }

    public long runSeed() {
        return runSeed;
    }

    public int level() {
        return level;
    }

    public SortedMap<String, Knobs> knobs() {
        return Collections.unmodifiableSortedMap(knobs);
    }
}
