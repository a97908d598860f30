/** Output: a staging folder next to the site, swapped in whole when the build succeeds. */
package handbook.output;
