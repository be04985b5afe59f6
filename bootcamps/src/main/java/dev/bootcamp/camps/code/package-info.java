/**
 * Code reasoning. Programs we generate as syntax trees and show as Python, JavaScript or C++: predicting output,
 * counting executions, tracing values, recursion, errors, integer semantics, and synthesising inputs; every reference
 * answer comes from the kit's own interpreter ({@code kit.code}). Machines: stack and register machines, Turing
 * machines, cellular automata, finite automata and regular expressions run by the kit's own matchers
 * ({@code kit.machines}). SQL: queries over small generated tables whose reference result comes from an embedded H2
 * database running only the generator's SQL ({@code kit.sql}). No model text is ever run as code.
 */
package dev.bootcamp.camps.code;
