/**
 * Shared pieces of the spatial bootcamps: a cube whose six faces are tracked through rolls and turns, polyomino shapes
 * under rotation and reflection, whole-grid rotations and flips, and the views of a height map of stacked unit cubes.
 */
package dev.bootcamp.camps.kit.spatial;
