/** Files shipped inside the generator jar: the built-in theme and the starter project of {@code handbook new}. */
package handbook.theme;
