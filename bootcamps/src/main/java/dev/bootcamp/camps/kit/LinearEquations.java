package dev.bootcamp.camps.kit;

import java.util.List;

/** Linear equations as text, the way the algebra bootcamps print them. */
public final class LinearEquations {
    private LinearEquations() {}

    /**
     * {@code 3x - 2y = 7}, {@code -x = 4}, {@code y = -1}: the terms with non-zero coefficients in order, a coefficient
     * of 1 or -1 written as its sign only, then {@code = constant}.
     */
    public static String text(List<Integer> coefficients, long constant, List<String> variables) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < coefficients.size(); j++) {
            int coefficient = coefficients.get(j);
            if (coefficient == 0) {
                continue;
            }
            if (text.length() == 0) {
                text.append(coefficient < 0 ? "-" : "");
            } else {
                text.append(coefficient < 0 ? " - " : " + ");
            }
            if (Math.abs(coefficient) != 1) {
                text.append(Math.abs(coefficient));
            }
            text.append(variables.get(j));
        }
        return text.append(" = ").append(constant).toString();
    }
}
