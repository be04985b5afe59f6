package dev.bootcamp.camps.kit;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The answer codecs of graph bootcamps, over the node-name readers of {@link Graphs}. */
public final class GraphCodecs {
    private GraphCodecs() {}

    /** Node names in order (a path, a walk, an order), written separated by spaces. */
    public static Codec<List<String>> nodes() {
        return Codec.of(names -> String.join(" ", names), Graphs::nodes);
    }

    /** Groups of node names (components, sides), written one group a line with its names separated by spaces. */
    public static Codec<List<List<String>>> groups() {
        return Codec.of(groups -> groups.stream().map(group -> String.join(" ", group)).collect(Collectors.joining("\n")), Graphs::groups);
    }

    /** Entries {@code node=value}, written separated by commas; {@code read} gets the node and the value token. */
    public static <T> Codec<List<T>> assignments(BiFunction<String, String, T> read, Function<T, String> write) {
        return Codec.of(entries -> entries.stream().map(write).collect(Collectors.joining(", ")),
                text -> Graphs.assignments(text).stream().map(entry -> read.apply(entry[0], entry[1])).toList());
    }

    /** Pairs of node names such as edges {@code A-B}, written separated by commas; {@code read} gets the two names. */
    public static <T> Codec<List<T>> pairs(BiFunction<String, String, T> read, Function<T, String> write) {
        return Codec.of(pairs -> pairs.stream().map(write).collect(Collectors.joining(", ")),
                text -> Graphs.pairs(text).stream().map(pair -> read.apply(pair[0], pair[1])).toList());
    }
}
