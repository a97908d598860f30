/** Versions from git tags: reading a tag's files with JGit, ordering, the version map, and what changed. */
package handbook.versions;
