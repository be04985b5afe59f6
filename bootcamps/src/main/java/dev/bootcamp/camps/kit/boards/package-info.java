/**
 * Shared pieces of the board and move puzzles of the planning family: square names written as a column letter and a
 * row number, the four compass directions with their words and letters, a labelled board printer, and a domain of
 * pieces that slide until something stops them, solved by the planning kit's bounded search and replayed by its checker.
 */
package dev.bootcamp.camps.kit.boards;
