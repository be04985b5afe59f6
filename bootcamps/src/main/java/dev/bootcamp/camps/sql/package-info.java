/**
 * SQL bootcamps: the result table of a query over small tables given in the prompt (filters, grouping, joins,
 * subqueries, set operations, window functions), computed by the reference engine and checked row by row.
 */
package dev.bootcamp.camps.sql;
