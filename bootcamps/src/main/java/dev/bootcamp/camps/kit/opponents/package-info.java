/**
 * Shared parts of the two-player interactive games, where the environment plays the opponent: Grundy values of
 * impartial games, a memoised negamax search, heaps shown and moves on them read leniently, and the opponent's
 * seeded choices between equally good moves.
 */
package dev.bootcamp.camps.kit.opponents;
