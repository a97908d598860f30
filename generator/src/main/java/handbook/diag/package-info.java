/** Diagnostics: positioned errors and warnings, collected and printed with the source line. */
package handbook.diag;
