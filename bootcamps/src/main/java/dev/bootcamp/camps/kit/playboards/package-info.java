/**
 * Shared parts of the single-player board puzzles played move by move (camps.interactive): lenient reading of
 * directions and of named cells, board printing with lettered columns, a minesweeper deduction solver, lights-out
 * algebra over GF(2), exact distance tables of small sliding-tile boards, Sokoban rules with an exact search, and the
 * base of the word-guessing games.
 */
package dev.bootcamp.camps.kit.playboards;
