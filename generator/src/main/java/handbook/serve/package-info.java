/** The preview server: serves the last good site, rebuilds on change, reloads open pages. */
package handbook.serve;
