/**
 * Code reasoning on programs we generate as syntax trees and show as Python, JavaScript or C++: predicting output,
 * counting executions, tracing values, recursion, errors, aliasing and integer semantics, and synthesising inputs.
 * Every reference answer comes from the kit's own interpreter ({@code kit.code}); no model text is ever run as code.
 */
package dev.bootcamp.camps.code;
