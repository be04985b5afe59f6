/**
 * Planning verified by replay: the model writes a plan (a list of actions in a documented syntax), and the checker
 * replays it under the puzzle's rules, stopping at the first illegal step; the goal must hold at the end, and in the
 * optimal-length variants the plan must be as short (or cheap) as the optimum a search proved.
 */
package dev.bootcamp.camps.planning;
