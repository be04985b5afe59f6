/**
 * The generate and verify jobs on Apache Spark, through the core's cluster-engine SPI.
 */
package dev.bootcamp.spark;
