/**
 * The cluster-engine SPI: a generate or verify job cut into shards, which any engine (the local one, Spark) runs with
 * the same per-case seeds and writes with the same writers, so every engine makes the same bytes.
 */
package dev.bootcamp.core.engine;
