/**
 * Mazes and navigation: grid, hex and multi-floor mazes with keys, teleporters, one-way cells, ice and fuel, walks by
 * instructions, and counts of reachable cells. Routes are answered as move lists the checker replays, naming the first
 * illegal move.
 */
package dev.bootcamp.camps.mazes;
