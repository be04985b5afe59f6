/**
 * Algorithm bootcamps: classic problems (knapsack, subsequences, sorting, intervals, coin change) whose answers are witnesses
 * checked by the rules, not only optimal values.
 */
package dev.bootcamp.camps.algorithms;
