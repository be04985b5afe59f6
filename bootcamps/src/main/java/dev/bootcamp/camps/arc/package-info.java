/**
 * ARC-style grid induction: each bootcamp hides one rule family (recolouring, filling, symmetries, gravity, objects,
 * completion) behind the shared {@link dev.bootcamp.camps.kit.ArcTask} frame.
 */
package dev.bootcamp.camps.arc;
