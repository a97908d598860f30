/** Source files: reading content from disk, decoding it strictly, splitting front matter. */
package handbook.source;
