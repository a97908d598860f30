/** The command line: {@code build}, {@code check}, {@code serve}; thin commands over the pipeline. */
package handbook.cli;
