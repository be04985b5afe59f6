/**
 * Games and state-space puzzles: a move for each position (nim, tic-tac-toe) or a sequence of moves replayed by the
 * checker (sliding puzzle, tower of hanoi, water jugs, lights out).
 */
package dev.bootcamp.camps.games;
