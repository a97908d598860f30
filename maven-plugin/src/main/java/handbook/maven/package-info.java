/** The Maven plugin: goals that run the handbook command line through its public entry point. */
package handbook.maven;
