/** Rendering: FreeMarker configured once, view records, UI strings. */
package handbook.render;
