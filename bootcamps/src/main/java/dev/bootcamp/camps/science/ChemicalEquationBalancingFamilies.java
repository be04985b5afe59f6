package dev.bootcamp.camps.science;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.science.ChemicalEquationBalancingReactions.Reaction;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Reactions built from parts, so that the equations are far more varied than the table: combustion of organic
 * compounds, neutralisation, double displacement, metals with acids, oxides and carbonates with acids, a metal
 * displacing a less reactive one from its salt, and metals with non-metals. Formulas follow real
 * valences (ions and their charges); the balancing comes from the same exact elimination as the table.
 */
final class ChemicalEquationBalancingFamilies {
    /** An ion: its formula, its charge, and whether a count of it needs brackets, as in Ca(NO3)2. */
    private record Ion(String formula, int charge, boolean group) {}

    private static final List<Ion> HYDROXIDE_METALS = List.of(ion("Na", 1), ion("K", 1), ion("Li", 1), ion("Mg", 2),
            ion("Ca", 2), ion("Ba", 2), ion("Sr", 2), ion("Zn", 2), ion("Cu", 2), ion("Fe", 2), ion("Ni", 2), ion("Mn", 2),
            ion("Fe", 3), ion("Al", 3), ion("Cr", 3), ion("Co", 2), ion("Cd", 2), ion("Pb", 2), ion("Rb", 1), ion("Cs", 1),
            ion("Sn", 2), ion("Be", 2));
    private static final List<Ion> SALT_CATIONS = List.of(ion("Na", 1), ion("K", 1), ion("Li", 1), ion("Ag", 1),
            new Ion("NH4", 1, true), ion("Mg", 2), ion("Ca", 2), ion("Ba", 2), ion("Sr", 2), ion("Zn", 2), ion("Cu", 2),
            ion("Fe", 2), ion("Ni", 2), ion("Pb", 2), ion("Co", 2), ion("Sn", 2), ion("Cd", 2), ion("Fe", 3), ion("Al", 3),
            ion("Cr", 3), ion("Rb", 1), ion("Cs", 1));
    private static final List<Ion> ACID_METALS = List.of(ion("Na", 1), ion("K", 1), ion("Li", 1), ion("Mg", 2),
            ion("Ca", 2), ion("Zn", 2), ion("Fe", 2), ion("Ni", 2), ion("Mn", 2), ion("Al", 3), ion("Ba", 2), ion("Sr", 2),
            ion("Co", 2), ion("Cd", 2), ion("Sn", 2), ion("Cr", 3), ion("Rb", 1), ion("Cs", 1));
    private static final List<Ion> ANIONS = List.of(ion("Cl", -1), ion("Br", -1), ion("I", -1), ion("F", -1),
            new Ion("NO3", -1, true), new Ion("ClO4", -1, true), new Ion("SO4", -2, true), new Ion("CO3", -2, true),
            new Ion("SO3", -2, true), new Ion("PO4", -3, true), new Ion("ClO3", -1, true), new Ion("BrO3", -1, true),
            new Ion("IO3", -1, true), new Ion("MnO4", -1, true), new Ion("CrO4", -2, true), new Ion("Cr2O7", -2, true),
            new Ion("C2O4", -2, true), new Ion("AsO4", -3, true), new Ion("SiO3", -2, true));
    /** Metals from most to least reactive, each with the charge of its common ion. */
    private static final List<Ion> ACTIVITY = List.of(ion("Li", 1), ion("K", 1), ion("Ba", 2), ion("Sr", 2), ion("Ca", 2),
            ion("Na", 1), ion("Mg", 2), ion("Al", 3), ion("Mn", 2), ion("Zn", 2), ion("Cr", 3), ion("Fe", 2), ion("Cd", 2),
            ion("Co", 2), ion("Ni", 2), ion("Sn", 2), ion("Pb", 2), ion("Cu", 2), ion("Ag", 1));
    private static final List<Ion> STRONG_ACID_ANIONS = List.of(ion("Cl", -1), ion("Br", -1), ion("I", -1), ion("F", -1),
            new Ion("ClO4", -1, true), new Ion("SO4", -2, true), new Ion("PO4", -3, true));
    /** Non-metals as elements and the ion each forms with a metal. */
    private static final List<String[]> NON_METALS = List.of(new String[] {"O2", "O", "-2"}, new String[] {"Cl2", "Cl", "-1"},
            new String[] {"Br2", "Br", "-1"}, new String[] {"I2", "I", "-1"}, new String[] {"F2", "F", "-1"},
            new String[] {"N2", "N", "-3"});
    private static final Ion OXIDE = ion("O", -2);
    private static final Ion CARBONATE = new Ion("CO3", -2, true);
    private static final Ion HYDROXIDE = new Ion("OH", -1, true);
    private static final int ATTEMPTS = 400;

    private ChemicalEquationBalancingFamilies() {}

    /** A reaction whose coefficients add up to between {@code low} and {@code high}, or null when none was found. */
    static Reaction draw(int low, int high, RandomGenerator random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String equation = switch (random.nextInt(9)) {
                case 0, 1, 8 -> combustion(Math.max(1, Math.min(30, high / 3)), random);
                case 2 -> neutralisation(random);
                case 3 -> doubleDisplacement(random);
                case 4 -> metalWithAcid(random);
                case 5 -> withAcid(Draw.pick(HYDROXIDE_METALS, random), random.nextBoolean() ? OXIDE : CARBONATE, random);
                case 6 -> displacement(random);
                default -> synthesis(random);
            };
            Reaction reaction;
            if (equation.isEmpty()) {
                continue;
            }
            try {
                reaction = ChemicalEquationBalancingReactions.balance(equation);
            } catch (IllegalStateException notUnique) {
                continue;
            }
            if (reaction.total() >= low && reaction.total() <= high) {
                return reaction;
            }
        }
        return null;
    }

    /** An organic compound (carbon, hydrogen, and sometimes oxygen, nitrogen, sulfur or chlorine) burnt in oxygen. */
    private static String combustion(int maxCarbons, RandomGenerator random) {
        int carbons = Draw.between(1, maxCarbons, random);
        int nitrogens = random.nextInt(3) == 0 ? Draw.between(1, 3, random) : 0;
        int sulfurs = random.nextInt(4) == 0 ? Draw.between(1, 2, random) : 0;
        int chlorines = random.nextInt(4) == 0 ? Draw.between(1, 3, random) : 0;
        int oxygens = random.nextInt(3) == 0 ? 0 : Draw.between(1, Math.min(carbons + 2, 8), random);
        // Hydrogens and chlorines together: at most 2C+N+2 (no rings or double bonds), with the parity a closed-shell molecule needs.
        int most = 2 * carbons + nitrogens + 2 - chlorines;
        if (most < 1) {
            return "";
        }
        int hydrogens = Draw.between(1, most, random);
        if ((hydrogens + chlorines + nitrogens) % 2 != 0) {
            hydrogens = hydrogens == most ? hydrogens - 1 : hydrogens + 1;
        }
        if (hydrogens < 1) {
            return "";
        }
        String fuel = "C" + count(carbons) + "H" + count(hydrogens) + (chlorines > 0 ? "Cl" + count(chlorines) : "")
                + (nitrogens > 0 ? "N" + count(nitrogens) : "") + (oxygens > 0 ? "O" + count(oxygens) : "")
                + (sulfurs > 0 ? "S" + count(sulfurs) : "");
        // Complete or incomplete burning: carbon to CO2 or CO, nitrogen to N2, NO or NO2, sulfur to SO2 or SO3.
        String carbon = random.nextInt(4) == 0 ? "CO" : "CO2";
        String nitrogen = Draw.pick(List.of("N2", "N2", "NO", "NO2"), random);
        String sulfur = random.nextInt(4) == 0 ? "SO3" : "SO2";
        return fuel + " + O2 = " + carbon + " + H2O" + (nitrogens > 0 ? " + " + nitrogen : "") + (sulfurs > 0 ? " + " + sulfur : "")
                + (chlorines > 0 ? " + HCl" : "");
    }

    private static String neutralisation(RandomGenerator random) {
        Ion metal = Draw.pick(HYDROXIDE_METALS, random);
        Ion anion = Draw.pick(ANIONS, random);
        return salt(metal, HYDROXIDE) + " + " + acid(anion) + " = " + salt(metal, anion) + " + H2O";
    }

    private static String doubleDisplacement(RandomGenerator random) {
        List<Ion> cations = Draw.sample(SALT_CATIONS, 2, random);
        List<Ion> anions = Draw.sample(ANIONS, 2, random);
        return salt(cations.get(0), anions.get(0)) + " + " + salt(cations.get(1), anions.get(1)) + " = "
                + salt(cations.get(0), anions.get(1)) + " + " + salt(cations.get(1), anions.get(0));
    }

    private static String metalWithAcid(RandomGenerator random) {
        Ion metal = Draw.pick(ACID_METALS, random);
        Ion anion = Draw.pick(STRONG_ACID_ANIONS, random);
        return metal.formula() + " + " + acid(anion) + " = " + salt(metal, anion) + " + H2";
    }

    /** A metal oxide (giving water) or carbonate (giving water and carbon dioxide) dissolved in an acid. */
    private static String withAcid(Ion metal, Ion base, RandomGenerator random) {
        Ion anion = Draw.pick(STRONG_ACID_ANIONS, random);
        return salt(metal, base) + " + " + acid(anion) + " = " + salt(metal, anion) + " + H2O" + (base == CARBONATE ? " + CO2" : "");
    }

    /** A metal displacing a less reactive metal from a salt. */
    private static String displacement(RandomGenerator random) {
        int stronger = random.nextInt(ACTIVITY.size() - 1);
        Ion metal = ACTIVITY.get(stronger);
        Ion weaker = ACTIVITY.get(Draw.between(stronger + 1, ACTIVITY.size() - 1, random));
        Ion anion = Draw.pick(List.of(ion("Cl", -1), ion("Br", -1), new Ion("NO3", -1, true), new Ion("SO4", -2, true)), random);
        return metal.formula() + " + " + salt(weaker, anion) + " = " + salt(metal, anion) + " + " + weaker.formula();
    }

    private static String synthesis(RandomGenerator random) {
        Ion metal = Draw.pick(HYDROXIDE_METALS, random);
        String[] nonMetal = Draw.pick(NON_METALS, random);
        return metal.formula() + " + " + nonMetal[0] + " = " + salt(metal, new Ion(nonMetal[1], Integer.parseInt(nonMetal[2]), false));
    }

    /** The neutral compound of a cation and an anion in the smallest whole-number ratio: Al2(SO4)3, (NH4)3PO4, NaCl. */
    private static String salt(Ion cation, Ion anion) {
        int gcd = gcd(cation.charge(), -anion.charge());
        return part(cation, -anion.charge() / gcd) + part(anion, cation.charge() / gcd);
    }

    /** The acid of an anion: HCl, H2SO4, H3PO4. */
    private static String acid(Ion anion) {
        return "H" + count(-anion.charge()) + anion.formula();
    }

    private static String part(Ion ion, int times) {
        if (times == 1) {
            return ion.formula();
        }
        return ion.group() ? "(" + ion.formula() + ")" + times : ion.formula() + times;
    }

    private static String count(int value) {
        return value == 1 ? "" : String.valueOf(value);
    }

    private static Ion ion(String formula, int charge) {
        return new Ion(formula, charge, false);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
