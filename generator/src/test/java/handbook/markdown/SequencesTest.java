package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** flexmark sequences read as strings, and the quick tests that read them so. */
class SequencesTest {
  @Test
  void aPartOfAStringReadsAsFlexmarkReadsItNulIncluded() {
    Random r = new Random(3);
    for (int t = 0; t < 2000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        b.append("ab`\n\u0000\u00e6\ud83d\ude00 ".charAt(r.nextInt(9)));
      }
      BasedSequence whole = BasedSequence.of(b.toString());
      int from = r.nextInt(whole.length() + 1);
      int to = from + r.nextInt(whole.length() - from + 1);
      BasedSequence part = whole.subSequence(from, to);
      assertEquals(part.toString(), Sequences.text(part));
      assertEquals(whole.toString(), Sequences.text(whole));
    }
    BasedSequence joined = BasedSequence.of("ab\u0000cd").subSequence(0, 2).append(BasedSequence.of("xy\u0000"));
    assertEquals(joined.toString(), Sequences.text(joined), "any other sequence: its own toString");
  }

  /**
   * What may start an attribute list after a brace: an id, a class, a key and {@code =}, or a name
   * alone (not ending with a colon) before a space or the closing brace.
   */
  private static final java.util.regex.Pattern ATTR_START =
      java.util.regex.Pattern.compile("\\{[ \\t]*(?:#|\\.[\\p{L}_]|[A-Za-z_][\\p{L}\\p{Nd}_.:-]*=|[A-Za-z_](?:[\\p{L}\\p{Nd}_.:-]*[\\p{L}\\p{Nd}_.-])?[ \\t}])");

  /** The opening of a CriticMarkup change. */
  private static final java.util.regex.Pattern CRITIC = java.util.regex.Pattern.compile("\\{(?:\\+\\+|--|==|>>|~~)");

  /** An MDX import (a module in quotes) or export (a declaration) at a line's start. */
  private static final java.util.regex.Pattern MDX_LINE =
      java.util.regex.Pattern.compile("(?md)^(?:import [^\\n]*['\"]|export [ \\t\\x0B\\f\\r]*(?:const|let|var|function|default|async|class|\\{))");

  @Test
  void theQuickTestsForMarkersAndLinksSayWhatTheirLongFormsSay() {
    Random r = new Random(4);
    String[] parts = {
      "{", "}", "%", "<", ":", "#", " ", "8", "-", "@", "/", ".", "w", "W", "a", "=", "\t", "\n", "\u0000", "+", "^", "*", "'", "\"",
      "import ", "export ", "const", "x", "material-", "octicons-", "simple-", "fontawesome-", "++", "==", "^^", "\r", "[", "]", "toc]", "TOC]", "Toc", ">", "~"
    };
    for (int t = 0; t < 40000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(14); i > 0; i--) {
        b.append(parts[r.nextInt(t % 2 == 0 ? 19 : parts.length)]);
      }
      String s = b.toString();
      boolean markers = s.contains("{%") || s.contains("{{") || s.contains("{:") || s.contains("{#")
          || s.contains("{ #") || s.contains("{/*") || s.contains(":::") || s.contains("8<-") || s.contains("[[") || s.contains("///") || s.toLowerCase(java.util.Locale.ROOT).contains("[toc]") || ATTR_START.matcher(s).find() || MDX_LINE.matcher(s).find() || CRITIC.matcher(s).find()
          || java.util.stream.Stream.of(ForeignMarkers.KEYS, ForeignMarkers.MARK, ForeignMarkers.CARET, ForeignMarkers.ICON).anyMatch(x -> x.pattern().matcher(s).find());
      assertEquals(markers, ForeignMarkers.mayHold(s), () -> "markers in `" + s + "`");
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      BasedSequence part = BasedSequence.of(s).subSequence(from, to);
      assertEquals(linkByChars(part), FastSyntax.Autolinks.mayHoldLink(s, from, to), () -> "link in `" + part + "`");
    }
  }

  /** The link test as it reads a sequence a character at a time. */
  private static boolean linkByChars(BasedSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '@' || c == ':' && i + 2 < n && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
        return true;
      }
      if ((c == '.') && i >= 3 && (s.charAt(i - 1) | 0x20) == 'w' && (s.charAt(i - 2) | 0x20) == 'w' && (s.charAt(i - 3) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
  }

  @Test
  void unescapedTextAndEscapedTextAreFlexmarksOwn() {
    String[] parts = {"a", " ", "\\", "\\*", "&", "&amp;", "&#42;", "&#x2A;", "&nope;", "&copy;", "<", ">", "\"", "'", "\u0000", "\n", "é", "\uD83D\uDE00", "\\&"};
    Random r = new Random(23);
    for (int t = 0; t < 20000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(10); i > 0; i--) {
        b.append(parts[r.nextInt(parts.length)]);
      }
      String s = b.toString();
      // a part of a longer text, as a node's characters are
      BasedSequence whole = BasedSequence.of("x" + s + "y");
      BasedSequence part = whole.subSequence(1, 1 + s.length());
      assertEquals(part.unescape(), Sequences.unescaped(part), () -> "unescaped `" + s + "`");
      StringBuilder out = new StringBuilder("<");
      FastHtml.escapeText(out, s);
      assertEquals("<" + com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(s, false), out.toString(), () -> "escaped `" + s + "`");
    }
  }
}
