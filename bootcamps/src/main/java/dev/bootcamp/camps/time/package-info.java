/**
 * Calendar bootcamps: date and weekday arithmetic over the Gregorian calendar.
 */
package dev.bootcamp.camps.time;
