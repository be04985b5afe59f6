package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.ConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted mix of bootcamps, parsed from {@code sudoku:3,graphs/*:1,math:2}: each selector (id, domain or glob)
 * with a weight shared equally among the bootcamps it matches. Which bootcamp case i comes from is a pure function
 * of the run seed and i.
 *
 * @param ids bootcamp ids, in the order first named
 * @param weights the weight of each id, same order, positive
 */
public record Mix(List<String> ids, List<Double> weights) {
    public Mix {
        ids = List.copyOf(ids);
        weights = List.copyOf(weights);
        if (ids.isEmpty() || ids.size() != weights.size()) {
            throw new IllegalArgumentException("a mix needs one weight per id, found " + ids.size() + " ids and " + weights.size() + " weights");
        }
    }

    public static Mix parse(String spec, Catalog catalog) {
        requireNonNull(spec, "spec is null");
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            double weight = 1;
            String selector = item;
            if (colon >= 0) {
                selector = item.substring(0, colon).trim();
                String text = item.substring(colon + 1).trim();
                try {
                    weight = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new ConfigurationException("mix weight must be a positive number, found '" + text + "' in '" + item + "'");
                }
                if (!(weight > 0) || Double.isInfinite(weight)) {
                    throw new ConfigurationException("mix weight must be a positive number, found '" + text + "' in '" + item + "'");
                }
            }
            List<String> matched = catalog.select(selector);
            for (String id : matched) {
                weights.merge(id, weight / matched.size(), Double::sum);
            }
        }
        if (weights.isEmpty()) {
            throw new ConfigurationException("the mix '" + spec + "' names no bootcamp; write it as id:weight,domain:weight,glob:weight");
        }
        return new Mix(new ArrayList<>(weights.keySet()), new ArrayList<>(weights.values()));
    }

    public static Mix of(List<String> ids) {
        return new Mix(ids, ids.stream().map(id -> 1.0).toList());
    }

    /** The bootcamp id of case {@code index} in a run. */
    public String pick(long runSeed, long index) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double point = (Seeds.caseSeed(runSeed, "\u0000mix", index) >>> 11) * 0x1.0p-52 * total;
        for (int i = 0; i < ids.size(); i++) {
            point -= weights.get(i);
            if (point < 0) {
                return ids.get(i);
            }
        }
        return ids.get(ids.size() - 1);
    }
}
