/**
 * Spatial bootcamps in three dimensions and under rotation and folding: dice and cubes turned and rolled, cube nets,
 * paper and strips folded, grids and shapes rotated and mirrored, stacks of cubes seen from the sides, painted and lit.
 * Each answer is a grid, a list or a witness that the checker recomputes; no answer is a single small word.
 */
package dev.bootcamp.camps.spatial;
