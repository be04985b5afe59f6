/**
 * Graph bootcamps: paths, trees, components, colourings, matchings and flows, each answered with a witness the checker
 * verifies against the graph.
 */
package dev.bootcamp.camps.graphs;
