package handbook.source;

/**
 * What the file system says of a file without reading it: size, modification and change times
 * (nanoseconds) and its identity ({@code dev}, {@code ino}). Any write changes the change time,
 * so a file whose stamp is the same as when it was read still holds what was read then, with
 * one exception that {@link #settledBefore} rules out.
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos, long dev, long ino) {
  /**
   * Whether the file was last changed well before {@code millis} (a time taken before it was
   * read): a later write then gets a later time. A file changed within the clock's granularity
   * of the read could be written again with the same stamp, so its stamp proves nothing.
   */
  public boolean settledBefore(long millis) {
    long margin = 2_000_000_000L;
    long at = millis * 1_000_000L;
    return modifiedNanos < at - margin && changedNanos < at - margin;
  }
}
