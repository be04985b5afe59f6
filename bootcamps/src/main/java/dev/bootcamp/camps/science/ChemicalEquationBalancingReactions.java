package dev.bootcamp.camps.science;

import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real reactions with their smallest balancing coefficients, found by exact elimination over the rationals; a formula
 * reader (elements, nested groups, hydrates, charges written {@code {2+}}); and the atom balance of a reaction.
 */
final class ChemicalEquationBalancingReactions {
    /** A reaction in table notation and its coefficients, reactants first. */
    record Reaction(List<String> reactants, List<String> products, List<Integer> coefficients) {
        Reaction {
            reactants = List.copyOf(reactants);
            products = List.copyOf(products);
            coefficients = List.copyOf(coefficients);
        }

        int total() {
            return coefficients.stream().mapToInt(Integer::intValue).sum();
        }

        boolean ionic() {
            return reactants.stream().anyMatch(species -> species.contains("{")) || products.stream().anyMatch(species -> species.contains("{"));
        }
    }

    /** The charge pseudo-element; conserved like an element. */
    static final String CHARGE = "charge";

    private static final List<String> TABLE = List.of(
            "H2 + O2 = H2O", "N2 + H2 = NH3", "Na + Cl2 = NaCl", "Mg + O2 = MgO", "Fe + O2 = Fe2O3", "Al + O2 = Al2O3",
            "H2O2 = H2O + O2", "KClO3 = KCl + O2", "CaCO3 = CaO + CO2", "Zn + HCl = ZnCl2 + H2", "Na + H2O = NaOH + H2",
            "P4 + O2 = P4O10", "S8 + O2 = SO2", "SO2 + O2 = SO3", "NO + O2 = NO2", "N2 + O2 = NO", "HgO = Hg + O2",
            "Cu + O2 = CuO", "Li + N2 = Li3N", "Al + Cl2 = AlCl3", "Fe + Cl2 = FeCl3", "K + Br2 = KBr",
            "Ca + H2O = Ca(OH)2 + H2", "NaHCO3 = Na2CO3 + H2O + CO2", "NH4NO3 = N2O + H2O", "N2O5 = NO2 + O2",
            "Ag2O = Ag + O2", "H2 + Cl2 = HCl", "C + O2 = CO", "CO + O2 = CO2", "Fe2O3 + CO = Fe + CO2",
            "Fe2O3 + C = Fe + CO2", "Fe3O4 + H2 = Fe + H2O", "Al + Fe2O3 = Al2O3 + Fe", "Mg + HCl = MgCl2 + H2",
            "Al + HCl = AlCl3 + H2", "Al + H2SO4 = Al2(SO4)3 + H2", "NaOH + H2SO4 = Na2SO4 + H2O",
            "Ca(OH)2 + HCl = CaCl2 + H2O", "Al(OH)3 + HCl = AlCl3 + H2O", "Ca(OH)2 + H3PO4 = Ca3(PO4)2 + H2O",
            "BaCl2 + Na2SO4 = BaSO4 + NaCl", "AgNO3 + CaCl2 = AgCl + Ca(NO3)2", "Pb(NO3)2 + KI = PbI2 + KNO3",
            "FeCl3 + NaOH = Fe(OH)3 + NaCl", "Na3PO4 + CaCl2 = Ca3(PO4)2 + NaCl", "CaCO3 + HCl = CaCl2 + H2O + CO2",
            "Na2CO3 + HCl = NaCl + H2O + CO2", "NH3 + O2 = NO + H2O", "NH3 + O2 = N2 + H2O",
            "Cu + HNO3 = Cu(NO3)2 + NO + H2O", "Cu + HNO3 = Cu(NO3)2 + NO2 + H2O", "Zn + HNO3 = Zn(NO3)2 + NH4NO3 + H2O",
            "Cu + H2SO4 = CuSO4 + SO2 + H2O", "C + H2SO4 = CO2 + SO2 + H2O", "C + HNO3 = CO2 + NO2 + H2O",
            "S + HNO3 = H2SO4 + NO2 + H2O", "P + HNO3 + H2O = H3PO4 + NO", "MnO2 + HCl = MnCl2 + Cl2 + H2O",
            "KMnO4 + HCl = KCl + MnCl2 + Cl2 + H2O", "K2Cr2O7 + HCl = KCl + CrCl3 + Cl2 + H2O",
            "KMnO4 + FeSO4 + H2SO4 = K2SO4 + MnSO4 + Fe2(SO4)3 + H2O",
            "K2Cr2O7 + FeSO4 + H2SO4 = Cr2(SO4)3 + Fe2(SO4)3 + K2SO4 + H2O",
            "KMnO4 + Na2SO3 + H2SO4 = K2SO4 + MnSO4 + Na2SO4 + H2O", "KMnO4 + KI + H2SO4 = K2SO4 + MnSO4 + I2 + H2O",
            "K2Cr2O7 + KI + H2SO4 = K2SO4 + Cr2(SO4)3 + I2 + H2O", "Na2S2O3 + I2 = Na2S4O6 + NaI",
            "Cl2 + NaOH = NaCl + NaClO3 + H2O", "Cl2 + NaOH = NaCl + NaClO + H2O", "P4 + NaOH + H2O = PH3 + NaH2PO2",
            "As2S3 + HNO3 + H2O = H3AsO4 + H2SO4 + NO", "FeS2 + O2 = Fe2O3 + SO2", "Cu2S + O2 = Cu2O + SO2",
            "ZnS + O2 = ZnO + SO2", "PbS + O2 = PbO + SO2", "Ca3(PO4)2 + SiO2 + C = CaSiO3 + P4 + CO",
            "NaCl + H2SO4 = Na2SO4 + HCl", "Ca3(PO4)2 + H2SO4 = CaSO4 + H3PO4", "SiCl4 + H2O = H4SiO4 + HCl",
            "Al4C3 + H2O = Al(OH)3 + CH4", "CaC2 + H2O = Ca(OH)2 + C2H2", "Mg3N2 + H2O = Mg(OH)2 + NH3", "NaN3 = Na + N2",
            "(NH4)2Cr2O7 = Cr2O3 + N2 + H2O", "C3H8 + O2 = CO2 + H2O", "C8H18 + O2 = CO2 + H2O",
            "C6H12O6 + O2 = CO2 + H2O", "C2H5OH + O2 = CO2 + H2O", "CH4 + O2 = CO2 + H2O", "C2H6 + O2 = CO2 + H2O",
            "C4H10 + O2 = CO2 + H2O", "C6H6 + O2 = CO2 + H2O", "C12H22O11 + O2 = CO2 + H2O",
            "C3H5(NO3)3 = CO2 + H2O + N2 + O2", "C7H5N3O6 + O2 = CO2 + H2O + N2", "C6H12O6 = C2H5OH + CO2",
            "CO2 + H2O = C6H12O6 + O2", "Fe + H2O = Fe3O4 + H2", "Na2O2 + H2O = NaOH + O2", "KO2 + CO2 = K2CO3 + O2",
            "Pb3O4 + HNO3 = Pb(NO3)2 + PbO2 + H2O", "Ca5(PO4)3F + H2SO4 = Ca(H2PO4)2 + CaSO4 + HF",
            "K4Fe(CN)6 + KMnO4 + H2SO4 = KHSO4 + Fe2(SO4)3 + MnSO4 + HNO3 + CO2 + H2O",
            "Ag + HNO3 = AgNO3 + NO + H2O", "Au + HNO3 + HCl = HAuCl4 + NO + H2O", "Fe + HNO3 = Fe(NO3)3 + NO + H2O",
            "Al + NaOH + H2O = NaAl(OH)4 + H2", "Si + NaOH + H2O = Na2SiO3 + H2", "NH4Cl + Ca(OH)2 = CaCl2 + NH3 + H2O",
            "KI + H2O2 + H2SO4 = I2 + K2SO4 + H2O", "H2S + SO2 = S + H2O", "H2S + O2 = SO2 + H2O", "HNO3 = NO2 + O2 + H2O",
            "Cu(NO3)2 = CuO + NO2 + O2", "Pb(NO3)2 = PbO + NO2 + O2", "NaNO3 = NaNO2 + O2", "KNO3 + C + S = K2S + N2 + CO2",
            "Ca(ClO)2 + HCl = CaCl2 + Cl2 + H2O", "Fe2(SO4)3 + KOH = K2SO4 + Fe(OH)3",
            "Al2(SO4)3 + Ca(OH)2 = Al(OH)3 + CaSO4", "CuSO4*5H2O = CuSO4 + H2O",
            "Na2B4O7*10H2O + HCl = H3BO3 + NaCl + H2O", "NaClO3 = NaCl + O2", "NH4ClO4 + Al = Al2O3 + AlCl3 + NO + H2O",
            "C2H4 + O2 = CO2 + H2O", "C2H2 + O2 = CO2 + H2O", "C5H12 + O2 = CO2 + H2O", "C3H7OH + O2 = CO2 + H2O",
            "CH3OH + O2 = CO2 + H2O", "C10H22 + O2 = CO2 + H2O", "C6H5COOH + O2 = CO2 + H2O",
            "C57H110O6 + O2 = CO2 + H2O", "C2H5SH + O2 = CO2 + SO2 + H2O", "CS2 + O2 = CO2 + SO2", "B2H6 + O2 = B2O3 + H2O",
            "SiH4 + O2 = SiO2 + H2O", "Ca3P2 + H2O = Ca(OH)2 + PH3", "KClO3 + HCl = KCl + Cl2 + H2O",
            "KMnO4 + H2C2O4 + H2SO4 = K2SO4 + MnSO4 + CO2 + H2O",
            "K2Cr2O7 + C2H5OH + H2SO4 = Cr2(SO4)3 + CH3COOH + K2SO4 + H2O",
            "Cu2S + HNO3 = Cu(NO3)2 + CuSO4 + NO2 + H2O", "FeS2 + HNO3 = Fe(NO3)3 + H2SO4 + NO + H2O",
            "CrI3 + KOH + Cl2 = K2CrO4 + KIO4 + KCl + H2O", "Fe2(SO4)3 + KSCN = K3Fe(SCN)6 + K2SO4",
            "H3PO4 + (NH4)2MoO4 + HNO3 = (NH4)3PO4(MoO3)12 + NH4NO3 + H2O", "Ca3(PO4)2 + C = Ca3P2 + CO",
            "PbO2 + MnSO4 + HNO3 = HMnO4 + Pb(NO3)2 + PbSO4 + H2O", "NaBr + MnO2 + H2SO4 = MnSO4 + Br2 + H2O + NaHSO4",
            "KBrO3 + KBr + H2SO4 = Br2 + K2SO4 + H2O", "Mg + HNO3 = Mg(NO3)2 + N2O + H2O",
            "Al + HNO3 = Al(NO3)3 + N2 + H2O", "Zn + H2SO4 = ZnSO4 + H2S + H2O", "I2 + HNO3 = HIO3 + NO2 + H2O",
            "P4 + HNO3 + H2O = H3PO4 + NO", "NH3 + CuO = Cu + N2 + H2O", "Na2Cr2O7 + C = Cr2O3 + Na2CO3 + CO",
            "MnO2 + KOH + O2 = K2MnO4 + H2O", "KNO3 = KNO2 + O2", "NaOH + CO2 = Na2CO3 + H2O",
            "Fe + H2SO4 = Fe2(SO4)3 + SO2 + H2O", "Al2O3 + C + Cl2 = AlCl3 + CO", "TiO2 + C + Cl2 = TiCl4 + CO",
            "AgNO3 + Cu = Cu(NO3)2 + Ag", "MnO4{-} + Fe{2+} + H{+} = Mn{2+} + Fe{3+} + H2O",
            "Cr2O7{2-} + Fe{2+} + H{+} = Cr{3+} + Fe{3+} + H2O", "MnO4{-} + C2O4{2-} + H{+} = Mn{2+} + CO2 + H2O",
            "Cu + NO3{-} + H{+} = Cu{2+} + NO + H2O", "MnO4{-} + SO3{2-} + H{+} = Mn{2+} + SO4{2-} + H2O",
            "Cr2O7{2-} + I{-} + H{+} = Cr{3+} + I2 + H2O", "MnO4{-} + I{-} + H2O = MnO2 + I2 + OH{-}",
            "Zn + NO3{-} + H{+} = Zn{2+} + NH4{+} + H2O", "Fe{3+} + I{-} = Fe{2+} + I2", "Sn{2+} + Fe{3+} = Sn{4+} + Fe{2+}",
            "ClO3{-} + Cl{-} + H{+} = Cl2 + H2O", "Cr(OH)3 + ClO3{-} + OH{-} = CrO4{2-} + Cl{-} + H2O",
            "Al + OH{-} + H2O = Al(OH)4{-} + H2", "MnO4{-} + NO2{-} + H{+} = Mn{2+} + NO3{-} + H2O",
            "BrO3{-} + Br{-} + H{+} = Br2 + H2O", "Ag + NO3{-} + H{+} = Ag{+} + NO + H2O",
            "S2O3{2-} + I2 = S4O6{2-} + I{-}", "MnO4{-} + H2S + H{+} = Mn{2+} + S + H2O",
            "Cu2O + H{+} + NO3{-} = Cu{2+} + NO + H2O", "Fe(OH)2 + O2 + H2O = Fe(OH)3");

    /** Every reaction of the table, balanced; a reaction without a one-dimensional solution space fails loudly. */
    static final List<Reaction> ALL = TABLE.stream().map(ChemicalEquationBalancingReactions::balance).toList();

    private ChemicalEquationBalancingReactions() {}

    /** Atoms of each element (and the charge) in one formula unit. */
    static Map<String, Integer> composition(String formula) {
        Map<String, Integer> counts = new TreeMap<>();
        String body = formula;
        int brace = formula.indexOf('{');
        if (brace >= 0) {
            String charge = formula.substring(brace + 1, formula.length() - 1);
            int sign = charge.endsWith("-") ? -1 : 1;
            String digits = charge.substring(0, charge.length() - 1);
            counts.put(CHARGE, sign * (digits.isEmpty() ? 1 : Integer.parseInt(digits)));
            body = formula.substring(0, brace);
        }
        for (String part : body.split("\\*")) {
            int digits = 0;
            while (digits < part.length() && Character.isDigit(part.charAt(digits))) {
                digits++;
            }
            int multiplier = digits == 0 ? 1 : Integer.parseInt(part.substring(0, digits));
            int[] position = {digits};
            group(part, position, multiplier, counts);
        }
        return counts;
    }

    /** The formula as printed: charges as {@code ^2+}, hydrate dots as a middle dot. */
    static String display(String formula) {
        return formula.replace("{", "^").replace("}", "").replace("*", "\u00b7");
    }

    /** The composition matrix: one row per element (and charge), one column per species, products negated. */
    static List<List<Integer>> matrix(List<String> reactants, List<String> products) {
        List<Map<String, Integer>> species = new ArrayList<>();
        reactants.forEach(formula -> species.add(composition(formula)));
        products.forEach(formula -> species.add(composition(formula)));
        TreeMap<String, Integer> elements = new TreeMap<>();
        species.forEach(counts -> counts.keySet().forEach(element -> elements.put(element, 0)));
        List<List<Integer>> rows = new ArrayList<>();
        for (String element : elements.keySet()) {
            List<Integer> row = new ArrayList<>();
            for (int i = 0; i < species.size(); i++) {
                int count = species.get(i).getOrDefault(element, 0);
                row.add(i < reactants.size() ? count : -count);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Balances an equation in table notation ("A + B = C"); throws IllegalStateException unless its balancing is unique and positive. */
    static Reaction balance(String equation) {
        String[] sides = equation.split(" = ");
        List<String> reactants = List.of(sides[0].split(" \\+ "));
        List<String> products = List.of(sides[1].split(" \\+ "));
        List<List<Integer>> matrix = matrix(reactants, products);
        int columns = reactants.size() + products.size();
        Rational[][] a = new Rational[matrix.size()][columns];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < columns; c++) {
                a[r][c] = Rational.of(matrix.get(r).get(c));
            }
        }
        int[] pivotOf = new int[columns];
        Arrays.fill(pivotOf, -1);
        int rank = 0;
        for (int column = 0; column < columns && rank < a.length; column++) {
            int pivot = rank;
            while (pivot < a.length && a[pivot][column].signum() == 0) {
                pivot++;
            }
            if (pivot == a.length) {
                continue;
            }
            Rational[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            Rational lead = a[rank][column];
            for (int c = 0; c < columns; c++) {
                a[rank][c] = a[rank][c].divide(lead);
            }
            for (int r = 0; r < a.length; r++) {
                if (r != rank && a[r][column].signum() != 0) {
                    Rational factor = a[r][column];
                    for (int c = 0; c < columns; c++) {
                        a[r][c] = a[r][c].subtract(factor.multiply(a[rank][c]));
                    }
                }
            }
            pivotOf[column] = rank++;
        }
        if (rank != columns - 1) {
            throw new IllegalStateException("'" + equation + "' has " + (columns - rank) + " independent balancings, expected 1");
        }
        int free = 0;
        while (pivotOf[free] >= 0) {
            free++;
        }
        Rational[] solution = new Rational[columns];
        BigInteger denominators = BigInteger.ONE;
        for (int column = 0; column < columns; column++) {
            solution[column] = column == free ? Rational.ONE : a[pivotOf[column]][free].negate();
            BigInteger denominator = solution[column].denominator();
            denominators = denominators.divide(denominators.gcd(denominator)).multiply(denominator);
        }
        BigInteger gcd = BigInteger.ZERO;
        List<BigInteger> integers = new ArrayList<>();
        for (Rational value : solution) {
            BigInteger integer = value.numerator().multiply(denominators).divide(value.denominator());
            integers.add(integer);
            gcd = gcd.gcd(integer);
        }
        List<Integer> coefficients = new ArrayList<>();
        for (BigInteger integer : integers) {
            BigInteger value = integer.divide(gcd);
            if (value.signum() <= 0) {
                throw new IllegalStateException("'" + equation + "' balances only with a coefficient of " + value);
            }
            coefficients.add(value.intValueExact());
        }
        return new Reaction(reactants, products, coefficients);
    }

    /** Reads atoms and parenthesised groups from {@code position} to the end or to a closing bracket. */
    private static void group(String text, int[] position, int multiplier, Map<String, Integer> counts) {
        while (position[0] < text.length()) {
            char c = text.charAt(position[0]);
            if (c == ')') {
                return;
            }
            if (c == '(') {
                position[0]++;
                Map<String, Integer> inner = new TreeMap<>();
                group(text, position, 1, inner);
                position[0]++;
                int count = number(text, position);
                inner.forEach((element, n) -> counts.merge(element, n * count * multiplier, Integer::sum));
                continue;
            }
            int end = position[0] + 1;
            while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                end++;
            }
            String element = text.substring(position[0], end);
            position[0] = end;
            counts.merge(element, number(text, position) * multiplier, Integer::sum);
        }
    }

    private static int number(String text, int[] position) {
        int start = position[0];
        while (position[0] < text.length() && Character.isDigit(text.charAt(position[0]))) {
            position[0]++;
        }
        return start == position[0] ? 1 : Integer.parseInt(text.substring(start, position[0]));
    }
}
