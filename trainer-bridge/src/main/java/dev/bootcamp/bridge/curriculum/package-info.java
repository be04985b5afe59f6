/**
 * The curriculum: a level per bootcamp, moved up or down by the pass rate of verification results at that level.
 */
package dev.bootcamp.bridge.curriculum;
