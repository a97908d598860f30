package handbook.source;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the content folder: the text sources the content kinds claim (and {@code site.yaml}),
 * decoded as strict UTF-8 and checked for double encoding, and every other file as a static
 * asset. Hidden files are skipped (but awesome-pages' {@code .pages} files under {@code docs/}, see {@link DiskTree#hidden}).
 */
public final class ContentScanner {
  /** The scan: text sources and asset paths, both content-relative and sorted. */
  public record Scan(List<SourceFile> sources, List<String> assets) {}

  /** Decodes a file's bytes; a decoder that remembers earlier results may skip the work. */
  public interface Decoder {
    /**
     * @param stamp the file's stamp taken before it was read, or null
     * @param contentId the file's {@link SourceTree#contentId}, or null
     */
    SourceFile decode(String rel, String display, byte[] bytes, FileStamp stamp, String contentId, Diagnostics diags);

    /** The file with this content id decoded before without a problem, or null: it is then not read. */
    default SourceFile known(String rel, String display, String contentId) {
      return null;
    }

    /**
     * The file whose stamp says it is unchanged since it was decoded without a problem, or
     * null: it is then not read here (see {@link SourceFile#unread}).
     */
    default SourceFile unchanged(SourceTree tree, String rel, String display, FileStamp stamp) {
      return null;
    }

    /** Whether the decoder looks at stamps: only then is each file's stamp taken. */
    default boolean stamps() {
      return false;
    }
  }

  /** Of a listing's files, which are text sources: what is read may depend on the files there are. */
  public interface TextRule {
    Predicate<String> of(List<String> files);
  }

  private final TextRule isText;
  private final Decoder decoder;
  private final Memory memory;
  private final Object sorter;

  /**
   * What the last scan of a tree made of its listing (its problems, its text sources and assets),
   * for the next scan of the same listing object ({@code serve}'s folder hands out the same one
   * until a file is added or removed), when {@code isText} is the same: told by {@code sorter},
   * a value that stands for it.
   */
  public static final class Memory {
    private Scanned last;
  }

  /** What a scan made of a listing, and what it was made with. */
  private record Scanned(Object sorter, SourceTree.Listing listing, String displayName, List<Diagnostic> problems, List<String> texts, List<String> assets) {}

  /** @param isText whether a content path is a text source (else it is an asset) */
  public ContentScanner(Predicate<String> isText, Decoder decoder) {
    this(isText, decoder, null, null);
  }

  /**
   * @param memory what the last scan of the same tree made of its listing, or null
   * @param sorter a value equal from scan to scan while {@code isText} says the same of each path
   */
  public ContentScanner(Predicate<String> isText, Decoder decoder, Memory memory, Object sorter) {
    this((TextRule) files -> isText, decoder, memory, sorter);
  }

  /** A scanner whose text sources are told by a rule over the whole listing. */
  public static ContentScanner byListing(TextRule isText, Decoder decoder, Memory memory, Object sorter) {
    return new ContentScanner(isText, decoder, memory, sorter);
  }

  private ContentScanner(TextRule isText, Decoder decoder, Memory memory, Object sorter) {
    this.isText = isText;
    this.decoder = decoder;
    this.memory = memory;
    this.sorter = sorter;
  }

  public ContentScanner(Predicate<String> isText) {
    this(isText, (rel, display, bytes, stamp, contentId, diags) -> decode(rel, display, bytes, diags));
  }

  public Scan scan(SourceTree tree, String displayName, Diagnostics diags) {
    SourceTree.Listing listing;
    try {
      listing = tree.listing();
    } catch (IOException e) {
      diags.add(Diagnostic.error("source.read", Span.file(displayName), "cannot read the folder: " + e.getMessage()));
      return new Scan(List.of(), List.of());
    }
    Scanned last = memory == null ? null : memory.last;
    Scanned scanned =
        last != null && last.listing() == listing && displayName.equals(last.displayName()) && java.util.Objects.equals(sorter, last.sorter())
            ? last
            : sort(listing, displayName, tree::origin);
    if (memory != null) {
      memory.last = scanned;
    }
    scanned.problems().forEach(diags::add);
    List<SourceFile> sources =
        handbook.content.Parallel.map(scanned.texts(), p -> read(tree, displayName, p, diags, decoder)).stream().filter(s -> s != null).toList();
    return new Scan(sources, scanned.assets());
  }

  /** The listing's problems (what the walk left out, twins) and its paths as text sources and assets. */
  private Scanned sort(SourceTree.Listing listing, String displayName, java.util.function.UnaryOperator<String> origin) {
    Diagnostics problems = new Diagnostics();
    for (SourceTree.Refused r : listing.refused()) {
      Span at = Span.file(displayName + "/" + r.path());
      Diagnostic d = r.error() ? Diagnostic.error(r.code(), at, r.message()) : Diagnostic.warning(r.code(), at, r.message());
      problems.add(r.hint() == null ? d : d.withHint(r.hint()));
    }
    twins(listing.files(), displayName, origin, problems);
    List<String> assets = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Predicate<String> text = isText.of(listing.files());
    for (String rel : listing.files()) {
      if (text.test(rel)) {
        texts.add(rel);
      } else {
        assets.add(rel);
      }
    }
    return new Scanned(sorter, listing, displayName, problems.sorted(), List.copyOf(texts), List.copyOf(assets));
  }

  /**
   * Files whose names differ only in letter case ({@code Foo.md}, {@code foo.md}) or in Unicode
   * normalization (NFC, NFD) are one file on macOS and Windows: an error at the second, each
   * named where it is in the folder ({@code origin}).
   */
  static void twins(List<String> files, String displayName, java.util.function.UnaryOperator<String> origin, Diagnostics diags) {
    Map<String, String> seen = new HashMap<>(files.size() * 2);
    for (String rel : files) {
      String nfc = ascii(rel) ? rel : Normalizer.normalize(rel, Normalizer.Form.NFC);
      String first = seen.putIfAbsent(nfc.toLowerCase(Locale.ROOT), rel);
      if (first != null) {
        String how = nfc.equals(Normalizer.normalize(first, Normalizer.Form.NFC))
            ? "only in how their letters are encoded (Unicode NFC and NFD)"
            : "only in letter case";
        diags.add(
            Diagnostic.error("source.twin", Span.file(displayName + "/" + origin.apply(rel)), "`" + origin.apply(rel) + "` and `" + origin.apply(first) + "` differ " + how + ": on macOS and Windows they are one file")
                .withHint("rename or remove one of them"));
      }
    }
  }

  /** Whether a path is ASCII alone, which every Unicode normalization leaves as it is. */
  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Reads one text file; encoding problems become diagnostics. */
  public static SourceFile read(SourceTree tree, String displayName, String rel, Diagnostics diags, Decoder decoder) {
    String display = displayName + "/" + tree.origin(rel);
    String contentId = tree.contentId(rel);
    if (contentId != null) {
      SourceFile known = decoder.known(rel, display, contentId);
      if (known != null) {
        return known;
      }
    }
    byte[] bytes;
    FileStamp stamp = decoder.stamps() ? tree.stamp(rel) : null;
    if (stamp != null) {
      SourceFile unchanged = decoder.unchanged(tree, rel, display, stamp);
      if (unchanged != null) {
        return unchanged;
      }
    }
    try {
      bytes = tree.read(rel);
    } catch (IOException e) {
      diags.add(Diagnostic.error("source.read", Span.file(display), "cannot read file: " + e.getMessage()));
      return null;
    }
    return decoder.decode(rel, display, bytes, stamp, contentId, diags);
  }

  /**
   * The file of bytes known to decode without a problem (read before, and unchanged since), with
   * the hash they had then: nothing is checked or hashed again.
   */
  public static SourceFile decodeKnown(String rel, String display, byte[] bytes, String hash) {
    return new SourceFile(rel, display, normalized(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)), hash);
  }

  /** A decoded text without its byte order mark, with Unix line ends. */
  private static String normalized(String text) {
    return (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
  }

  /** Reads one text file; encoding problems become diagnostics. */
  public static SourceFile read(SourceTree tree, String displayName, String rel, Diagnostics diags) {
    byte[] bytes;
    try {
      bytes = tree.read(rel);
    } catch (IOException e) {
      diags.add(Diagnostic.error("source.read", Span.file(displayName + "/" + rel), "cannot read file: " + e.getMessage()));
      return null;
    }
    return decode(rel, displayName + "/" + rel, bytes, diags);
  }

  /**
   * Decodes the bytes of a content file; reports bad or double-encoded UTF-8. Bytes that are not
   * UTF-8 are an error, and the file comes back with U+FFFD in their place (for the error's source
   * line; the build stops at the error).
   */
  public static SourceFile decode(String rel, String display, byte[] bytes, Diagnostics diags) {
    String text;
    try {
      text = Decoding.utf8(bytes);
    } catch (Decoding.NotUtf8 e) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < e.offset() && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = Decoding.lenient(java.util.Arrays.copyOfRange(bytes, lineStart, Math.min(e.offset(), bytes.length))).length() + 1;
      diags.add(
          Diagnostic.error("encoding.invalid", Span.at(display, line, column), "file is not valid UTF-8 (byte " + e.offset() + ")")
              .withHint("save the file as UTF-8"));
      // the text with U+FFFD for bad bytes, only so the error can show its line: the build stops at this error
      return new SourceFile(rel, display, Decoding.lenient(bytes).replace("\r\n", "\n"));
    }
    // as many characters as bytes: all ASCII, so nothing double-encoded to look for
    boolean ascii = text.length() == bytes.length;
    text = normalized(text);
    int bad = ascii ? -1 : Decoding.mojibakeOffset(text);
    if (bad >= 0) {
      LineMap lines = new LineMap(text);
      StringBuilder run = new StringBuilder();
      for (int i = bad; i < text.length() && text.charAt(i) > 0x7F && run.length() < 8; i++) {
        if (!Character.isISOControl(text.charAt(i))) {
          run.append(text.charAt(i));
        }
      }
      String sample = run.toString();
      diags.add(
          Diagnostic.error(
                  "encoding.double",
                  Span.at(display, lines.line(bad), lines.column(bad)),
                  "text looks double-encoded: `" + sample + "` is UTF-8 read as a single-byte code page")
              .withHint("the file was decoded as Windows-1252/1254 and saved again; recover the original UTF-8 text (`Ã¥` should be `å`)"));
    }
    return new SourceFile(rel, display, text);
  }

  static String extension(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash ? path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
  }
}
