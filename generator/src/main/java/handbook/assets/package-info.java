/** The theme's assets as published: minified, under content-hashed names, with optional gzip copies. */
package handbook.assets;
