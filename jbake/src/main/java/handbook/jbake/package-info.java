/**
 * {@code handbook import jbake}: a JBake project read with jbake-core's own configuration and
 * header parsing, written as Handbook content; and JBake's baker for the benchmark
 * ({@code handbook.jbake.bench}).
 */
package handbook.jbake;
