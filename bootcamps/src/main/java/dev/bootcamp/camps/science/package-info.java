/**
 * Science bootcamps: balancing chemical equations, resistor networks and unit conversion, checked exactly.
 */
package dev.bootcamp.camps.science;
