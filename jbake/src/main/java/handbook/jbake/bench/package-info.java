/**
 * The benchmark's JBake side: the synthetic Handbook corpus written as a JBake project, and
 * JBake's own baker run on it, so bench/jbake.sh measures both generators in one run.
 */
package handbook.jbake.bench;
