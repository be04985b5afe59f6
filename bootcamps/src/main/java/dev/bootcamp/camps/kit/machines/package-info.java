/**
 * The machines kit: finite automata (DFA and NFA with empty moves), our own regular-expression matcher (a Thompson
 * automaton, never {@code java.util.regex}), and the small register, stack and Turing machines that code-reasoning
 * bootcamps run, generate and replay, every run bounded by a step limit.
 */
package dev.bootcamp.camps.kit.machines;
