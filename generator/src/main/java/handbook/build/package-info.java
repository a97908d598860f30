/** The pipeline: config, scan, load, index, resolve links, gate, render, write, swap. */
package handbook.build;
