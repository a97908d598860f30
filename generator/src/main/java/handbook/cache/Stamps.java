package handbook.cache;

import handbook.source.FileStamp;
import handbook.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stamp and hash of each content file the last build read and found clean (valid UTF-8, not
 * double-encoded), as git's index keeps them: a file whose stamp is unchanged is not checked or
 * hashed again. Only stamps of files that had settled before that build began are kept (see
 * {@link FileStamp#settledBefore}).
 */
public final class Stamps {
  private static final String MAGIC = "handbook-stamps-1";

  private record Known(FileStamp stamp, String hash) {}

  /** A file this build read and found clean; its hash is asked for when the stamps are written. */
  private record Seen(FileStamp stamp, SourceFile file) {}

  private final Map<String, Known> known = new ConcurrentHashMap<>();
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  /** The hash the file at {@code path} had when it had this stamp, or null. */
  public String hash(String path, FileStamp stamp) {
    Known k = stamp == null ? null : known.get(path);
    return k != null && k.stamp().equals(stamp) ? k.hash() : null;
  }

  /**
   * Notes a file this build read and found clean, with the stamp taken before reading it.
   *
   * @param startMillis when the build began
   */
  public void clean(String path, FileStamp stamp, SourceFile file, long startMillis) {
    if (stamp != null && stamp.settledBefore(startMillis)) {
      seen.put(path, new Seen(stamp, file));
    }
  }

  static Stamps load(Path file, String generator) {
    Stamps s = new Stamps();
    Map<String, Known> read =
        Store.readPack(
            file,
            MAGIC,
            generator,
            in -> {
              Map<String, Known> m = new java.util.HashMap<>();
              int n = in.readInt();
              for (int i = 0; i < n; i++) {
                String path = Codecs.string(in);
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
                m.put(path, new Known(stamp, Codecs.string(in)));
              }
              return m;
            });
    if (read != null) {
      s.known.putAll(read);
    }
    return s;
  }

  /** Writes the files this build found clean (and nothing of the last build). */
  void write(Path file, String generator) throws IOException {
    Store.writePack(
        file,
        MAGIC,
        generator,
        out -> {
          List<String> paths = seen.keySet().stream().sorted().toList();
          out.writeInt(paths.size());
          for (String p : paths) {
            Seen s = seen.get(p);
            Codecs.string(out, p);
            out.writeLong(s.stamp().size());
            out.writeLong(s.stamp().modifiedNanos());
            out.writeLong(s.stamp().changedNanos());
            out.writeLong(s.stamp().dev());
            out.writeLong(s.stamp().ino());
            Codecs.string(out, s.file().hash());
          }
        });
  }
}
