/**
 * Logic-grid puzzles: the Latin-square family on {@link dev.bootcamp.camps.kit.LatinRules} and placement puzzles on
 * {@link dev.bootcamp.camps.kit.CellSearch}; each with a unique solution confirmed by an independent counter.
 */
package dev.bootcamp.camps.puzzles;
