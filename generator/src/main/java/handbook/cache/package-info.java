/**
 * What a build keeps for the next one: parse results by file content, rendered pages by what
 * they were made from. In memory for {@code serve}, in a cache folder for {@code build --cache};
 * anything unreadable, from another generator, or half-written is ignored, never trusted.
 */
package handbook.cache;
