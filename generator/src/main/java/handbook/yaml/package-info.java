/** YAML read into a small tree that remembers where each value stood in its file. */
package handbook.yaml;
