/**
 * Shared engine of the planning bootcamps: a plan as a list of steps with its text codecs, a domain interface that
 * says which steps apply to a state and what they do, a bounded uniform-cost search that finds the shortest (or
 * cheapest) plan, a replaying checker that stops at the first illegal step, and a small STRIPS language (typed action
 * schemas, ground problems, PDDL-like text) whose plans are replayed by the same checker.
 */
package dev.bootcamp.camps.kit.planning;
