package dev.bootcamp.camps.science;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.science.UnitConversionBootcamp.Factor;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Units with exact definitions (each in terms of earlier units, down to m, kg and s), grouped by kind, and the
 * quantities that combine kinds into compound units.
 */
final class UnitConversionUnits {
    /**
     * A unit: its symbol, kind, the pool tier from which it appears (1 metric, 2 common imperial, 3 rarer), and its
     * definition as {@code multiplier} times a product of other units (empty for m, kg and s).
     */
    record Unit(String symbol, String kind, int tier, String multiplier, List<Factor> definition) {
        Unit {
            definition = List.copyOf(definition);
        }
    }

    /** A slot of a compound-unit form: a unit of {@code kind} raised to {@code power}. */
    record Slot(String kind, int power) {}

    /** A physical quantity and the forms its units can take, each a list of slots. */
    record Quantity(String name, List<List<Slot>> forms) {
        Quantity {
            forms = List.copyOf(forms);
        }
    }

    /** Every unit by symbol, in an order where each definition uses only units listed before it. */
    static final Map<String, Unit> UNITS = units();

    private static Map<String, Unit> units() {
        Map<String, Unit> units = new LinkedHashMap<>();
        add(units, "m", "length", 1, "1");
        add(units, "kg", "mass", 1, "1");
        add(units, "s", "time", 1, "1");
        add(units, "km", "length", 1, "1000", "m", 1);
        add(units, "cm", "length", 1, "0.01", "m", 1);
        add(units, "mm", "length", 1, "0.001", "m", 1);
        add(units, "in", "length", 2, "2.54", "cm", 1);
        add(units, "ft", "length", 2, "12", "in", 1);
        add(units, "yd", "length", 2, "3", "ft", 1);
        add(units, "mi", "length", 2, "5280", "ft", 1);
        add(units, "nmi", "length", 3, "1852", "m", 1);
        add(units, "g", "mass", 1, "0.001", "kg", 1);
        add(units, "mg", "mass", 1, "0.001", "g", 1);
        add(units, "t", "mass", 1, "1000", "kg", 1);
        add(units, "lb", "mass", 2, "0.45359237", "kg", 1);
        add(units, "oz", "mass", 2, "1/16", "lb", 1);
        add(units, "st", "mass", 3, "14", "lb", 1);
        add(units, "min", "time", 1, "60", "s", 1);
        add(units, "h", "time", 1, "60", "min", 1);
        add(units, "d", "time", 1, "24", "h", 1);
        add(units, "ms", "time", 2, "0.001", "s", 1);
        add(units, "wk", "time", 3, "7", "d", 1);
        add(units, "L", "volume", 1, "0.001", "m", 3);
        add(units, "mL", "volume", 1, "0.001", "L", 1);
        add(units, "gal", "volume", 2, "231", "in", 3);
        add(units, "fl oz", "volume", 3, "1/128", "gal", 1);
        add(units, "ha", "area", 2, "10000", "m", 2);
        add(units, "acre", "area", 3, "43560", "ft", 2);
        add(units, "N", "force", 1, "1", "kg", 1, "m", 1, "s", -2);
        add(units, "kN", "force", 1, "1000", "N", 1);
        add(units, "lbf", "force", 2, "9.80665", "lb", 1, "m", 1, "s", -2);
        add(units, "dyn", "force", 3, "0.00001", "N", 1);
        add(units, "Pa", "pressure", 1, "1", "N", 1, "m", -2);
        add(units, "kPa", "pressure", 1, "1000", "Pa", 1);
        add(units, "bar", "pressure", 2, "100000", "Pa", 1);
        add(units, "atm", "pressure", 2, "101325", "Pa", 1);
        add(units, "psi", "pressure", 2, "1", "lbf", 1, "in", -2);
        add(units, "Torr", "pressure", 3, "1/760", "atm", 1);
        add(units, "J", "energy", 1, "1", "N", 1, "m", 1);
        add(units, "kJ", "energy", 1, "1000", "J", 1);
        add(units, "W", "power", 1, "1", "J", 1, "s", -1);
        add(units, "Wh", "energy", 1, "1", "W", 1, "h", 1);
        add(units, "kWh", "energy", 1, "1000", "Wh", 1);
        add(units, "cal", "energy", 2, "4.184", "J", 1);
        add(units, "kcal", "energy", 2, "1000", "cal", 1);
        add(units, "BTU", "energy", 3, "1055.05585262", "J", 1);
        add(units, "eV", "energy", 3, "1.602176634e-19", "J", 1);
        add(units, "kW", "power", 1, "1000", "W", 1);
        add(units, "MW", "power", 2, "1000000", "W", 1);
        add(units, "hp", "power", 3, "550", "ft", 1, "lbf", 1, "s", -1);
        add(units, "kn", "speed", 3, "1", "nmi", 1, "h", -1);
        return Collections.unmodifiableMap(units);
    }

    static final List<Quantity> QUANTITIES = List.of(
            quantity("length", "length"),
            quantity("mass", "mass"),
            quantity("time", "time"),
            quantity("area", "length^2", "area"),
            quantity("volume", "length^3", "volume"),
            quantity("speed", "length time^-1", "speed"),
            quantity("acceleration", "length time^-2"),
            quantity("density", "mass volume^-1", "mass length^-3"),
            quantity("linear density", "mass length^-1"),
            quantity("force", "force", "mass length time^-2"),
            quantity("pressure", "pressure", "force length^-2", "force area^-1", "mass length^-1 time^-2"),
            quantity("energy", "energy", "force length", "power time", "mass length^2 time^-2"),
            quantity("power", "power", "energy time^-1", "force length time^-1"),
            quantity("momentum", "mass length time^-1"),
            quantity("volume flow", "volume time^-1", "length^3 time^-1"),
            quantity("mass flow", "mass time^-1"),
            quantity("fuel economy", "length volume^-1"),
            quantity("specific energy", "energy mass^-1", "length^2 time^-2"),
            quantity("intensity", "power length^-2", "power area^-1", "energy time^-1 length^-2"));

    private UnitConversionUnits() {}

    /** The exact size of each unit in SI units. */
    private static final Map<String, Rational> SIZES = sizes();

    private static Map<String, Rational> sizes() {
        Map<String, Rational> sizes = new LinkedHashMap<>();
        for (Unit unit : UNITS.values()) {
            Rational value = Answers.rational(unit.multiplier());
            for (Factor factor : unit.definition()) {
                value = value.multiply(power(sizes.get(factor.symbol()), factor.power()));
            }
            sizes.put(unit.symbol(), value);
        }
        return Collections.unmodifiableMap(sizes);
    }

    /** The exact size of a unit in SI units. */
    static Rational factor(String symbol) {
        return SIZES.get(symbol);
    }

    /** The exact size of a compound unit in SI units. */
    static Rational factor(List<Factor> compound) {
        Rational value = Rational.ONE;
        for (Factor factor : compound) {
            value = value.multiply(power(factor(factor.symbol()), factor.power()));
        }
        return value;
    }

    /** {@code kg·m/s^2}, {@code J/(kg·s)}. */
    static String display(List<Factor> compound) {
        List<String> above = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (Factor factor : compound) {
            String text = factor.symbol() + (Math.abs(factor.power()) == 1 ? "" : "^" + Math.abs(factor.power()));
            (factor.power() > 0 ? above : below).add(text);
        }
        String top = above.isEmpty() ? "1" : String.join("\u00b7", above);
        if (below.isEmpty()) {
            return top;
        }
        String bottom = String.join("\u00b7", below);
        return top + "/" + (below.size() > 1 ? "(" + bottom + ")" : bottom);
    }

    /** The definition line of a unit, such as {@code 1 ft = 12 in}. */
    static String definition(Unit unit) {
        String multiplier = unit.multiplier().contains("e") ? unit.multiplier().replace("e", "\u00d710^") : unit.multiplier();
        String product = display(unit.definition());
        return "1 " + unit.symbol() + " = " + multiplier + " " + product;
    }

    /** Every unit of the two compound units and every unit their definitions use, except the base units, in table order. */
    static List<Unit> definitions(List<Factor> from, List<Factor> to) {
        Set<String> needed = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>();
        from.forEach(factor -> pending.add(factor.symbol()));
        to.forEach(factor -> pending.add(factor.symbol()));
        while (!pending.isEmpty()) {
            String symbol = pending.remove(pending.size() - 1);
            if (needed.add(symbol)) {
                UNITS.get(symbol).definition().forEach(factor -> pending.add(factor.symbol()));
            }
        }
        return UNITS.values().stream()
                .filter(unit -> needed.contains(unit.symbol()) && !unit.definition().isEmpty()).toList();
    }

    static boolean usable(List<Slot> form, int pool) {
        for (Slot slot : form) {
            if (Math.abs(slot.power()) > 1 && pool < 2 || units(slot, pool).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The units that may fill a slot; squared and cubed slots leave out units nobody raises to powers (wk^2, mi^3). */
    private static List<Unit> units(Slot slot, int pool) {
        int power = Math.abs(slot.power());
        return UNITS.values().stream()
                .filter(unit -> unit.kind().equals(slot.kind()) && unit.tier() <= pool)
                .filter(unit -> power < 2 || !slot.kind().equals("time") || unit.symbol().equals("s"))
                .filter(unit -> power < 2 || !List.of("nmi", "mi").contains(unit.symbol()) || power == 2 && unit.symbol().equals("mi"))
                .filter(unit -> power < 3 || !unit.symbol().equals("km"))
                .toList();
    }

    static List<Factor> instantiate(List<Slot> form, int pool, RandomGenerator random) {
        List<Factor> factors = new ArrayList<>();
        for (Slot slot : form) {
            factors.add(new Factor(Draw.pick(units(slot, pool), random).symbol(), slot.power()));
        }
        return factors;
    }

    private static Rational power(Rational value, int exponent) {
        Rational result = Rational.ONE;
        for (int i = 0; i < Math.abs(exponent); i++) {
            result = result.multiply(value);
        }
        return exponent < 0 ? Rational.ONE.divide(result) : result;
    }

    private static void add(Map<String, Unit> units, String symbol, String kind, int tier, String multiplier, Object... definition) {
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < definition.length; i += 2) {
            factors.add(new Factor((String) definition[i], (Integer) definition[i + 1]));
        }
        units.put(symbol, new Unit(symbol, kind, tier, multiplier, factors));
    }

    /** A quantity from forms written as space-separated {@code kind^power} slots. */
    private static Quantity quantity(String name, String... forms) {
        List<List<Slot>> parsed = new ArrayList<>();
        for (String form : forms) {
            List<Slot> slots = new ArrayList<>();
            for (String slot : form.split(" ")) {
                String[] parts = slot.split("\\^");
                slots.add(new Slot(parts[0], parts.length == 1 ? 1 : Integer.parseInt(parts[1])));
            }
            parsed.add(slots);
        }
        return new Quantity(name, parsed);
    }
}
