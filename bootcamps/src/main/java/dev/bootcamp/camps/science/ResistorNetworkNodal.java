package dev.bootcamp.camps.science;

import dev.bootcamp.verify.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Equivalent resistance by nodal analysis: hold A at 1 volt and B at 0, solve Kirchhoff's current law exactly. */
final class ResistorNetworkNodal {
    private ResistorNetworkNodal() {}

    /** The resistance between A and B; every node must connect to them (true of the generated networks). */
    static Rational resistance(List<ResistorNetworkBootcamp.Edge> edges) {
        List<String> nodes = new ArrayList<>();
        for (ResistorNetworkBootcamp.Edge edge : edges) {
            for (String node : List.of(edge.from(), edge.to())) {
                if (!node.equals("A") && !node.equals("B") && !nodes.contains(node)) {
                    nodes.add(node);
                }
            }
        }
        int n = nodes.size();
        Rational[][] system = new Rational[n][n + 1];
        for (Rational[] row : system) {
            Arrays.fill(row, Rational.ZERO);
        }
        Rational current = Rational.ZERO;
        for (ResistorNetworkBootcamp.Edge edge : edges) {
            Rational conductance = Rational.of(1, edge.ohms());
            int from = nodes.indexOf(edge.from());
            int to = nodes.indexOf(edge.to());
            stamp(system, from, to, voltage(edge.to()), conductance);
            stamp(system, to, from, voltage(edge.from()), conductance);
        }
        Rational[] voltages = solve(system);
        for (ResistorNetworkBootcamp.Edge edge : edges) {
            Rational conductance = Rational.of(1, edge.ohms());
            if (edge.from().equals("A") || edge.to().equals("A")) {
                String other = edge.from().equals("A") ? edge.to() : edge.from();
                Rational otherVoltage = other.equals("A") ? Rational.ONE : other.equals("B") ? Rational.ZERO : voltages[nodes.indexOf(other)];
                current = current.add(Rational.ONE.subtract(otherVoltage).multiply(conductance));
            }
        }
        return Rational.ONE.divide(current);
    }

    private static Rational voltage(String node) {
        return node.equals("A") ? Rational.ONE : Rational.ZERO;
    }

    /** Adds the current law term of an edge to the row of {@code node} (an interior node, or -1 for a terminal). */
    private static void stamp(Rational[][] system, int node, int other, Rational otherVoltage, Rational conductance) {
        if (node < 0) {
            return;
        }
        system[node][node] = system[node][node].add(conductance);
        if (other >= 0) {
            system[node][other] = system[node][other].subtract(conductance);
        } else {
            int last = system[node].length - 1;
            system[node][last] = system[node][last].add(conductance.multiply(otherVoltage));
        }
    }

    private static Rational[] solve(Rational[][] a) {
        int n = a.length;
        for (int column = 0; column < n; column++) {
            int pivot = column;
            while (a[pivot][column].signum() == 0) {
                pivot++;
            }
            Rational[] swap = a[pivot];
            a[pivot] = a[column];
            a[column] = swap;
            for (int row = 0; row < n; row++) {
                if (row != column && a[row][column].signum() != 0) {
                    Rational factor = a[row][column].divide(a[column][column]);
                    for (int c = column; c <= n; c++) {
                        a[row][c] = a[row][c].subtract(factor.multiply(a[column][c]));
                    }
                }
            }
        }
        Rational[] x = new Rational[n];
        for (int row = 0; row < n; row++) {
            x[row] = a[row][n].divide(a[row][row]);
        }
        return x;
    }
}
