/**
 * The authoring agent: scaffolds a bootcamp, validates a candidate against the contract, and writes new bootcamps
 * with a model.
 */
package dev.bootcamp.agent;
