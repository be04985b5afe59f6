/**
 * Script bootcamps: Python files run in a sandboxed Jython 2.7 behind the same SPI. The only package that uses
 * Jython; reading a script's description does not start it.
 */
package dev.bootcamp.scripts;
