/**
 * Shared pieces of the maze bootcamps: compass headings, a lenient codec for written move lists, maze and obstacle-grid
 * generators, and a breadth-first search over grid cells, so each maze bootcamp states only its own movement rule.
 */
package dev.bootcamp.camps.kit.mazes;
