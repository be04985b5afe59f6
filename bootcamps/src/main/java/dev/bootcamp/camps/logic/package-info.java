/**
 * Logic bootcamps: propositional formulas, truth-tellers and liars, syllogisms, orderings, seating and zebra puzzles,
 * kinship and scheduling, each asking for a witness or for every value so that no constant answer is paid.
 */
package dev.bootcamp.camps.logic;
