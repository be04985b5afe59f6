/**
 * Spatial bootcamps. Mazes and navigation: grid, hex and knight mazes with keys, teleporters, one-way cells, ice, fuel
 * and timed gates, walks by instructions and counts of reachable cells; routes are answered as move lists the checker
 * replays, naming the first illegal move. Three dimensions, rotation and folding: dice and cubes turned and rolled,
 * cube nets, paper and strips folded, grids and shapes rotated and mirrored, stacks of cubes seen from the sides,
 * painted and lit; each answer is a grid, a list or a witness that the checker recomputes.
 */
package dev.bootcamp.camps.spatial;
