/**
 * The {@code export} job: train and test splits of a case plan written as trainer datasets, with no case in both.
 */
package dev.bootcamp.bridge.export;
