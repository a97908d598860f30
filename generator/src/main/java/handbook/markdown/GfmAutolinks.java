package handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * GitHub's extended autolinks, found in a text as cmark-gfm finds them: {@code www.} and
 * {@code http://}, {@code https://}, {@code ftp://} addresses (a valid domain: no underscore in its
 * last two parts), then e-mail addresses (with or without {@code mailto:} or {@code xmpp:}) in the
 * text between them. Trailing {@code ?!.,:*_~'"} are not part of a link, nor a {@code )} without
 * its {@code (}, nor an entity's {@code &name;}; a {@code <} ends one; none starts inside an open
 * bracket. Other schemes ({@code ssh://}, {@code git://}) are text, as on GitHub.
 */
final class GfmAutolinks {
  private GfmAutolinks() {}

  /**
   * Links what {@code text} holds, {@code open} brackets before it in its block: replaces it by a
   * {@link TextBase} (where it is not in one) of its text and links, as flexmark's autolink
   * processor does; returns the brackets open after it. Text in a link or code is left.
   */
  static int link(Text text, int open) {
    if (text.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
      return brackets(text.getChars(), open);
    }
    BasedSequence original = text.getChars();
    ReplacedTextMapper mapper = new ReplacedTextMapper(original);
    BasedSequence literal = Escaping.unescape(original, mapper);
    Found found =
        find(
            literal,
            before(text),
            open,
            i -> {
              int at = mapper.originalOffset(i);
              return at < original.length() && original.charAt(at) == literal.charAt(i);
            });
    List<Span> spans = found.spans();
    if (spans.isEmpty()) {
      return found.open();
    }
    Node into = text.getParent() instanceof TextBase ? null : new TextBase(original);
    if (into != null) {
      text.insertBefore(into);
    }
    int done = 0;
    for (Span span : spans) {
      int from = mapper.originalOffset(span.start());
      if (from > done) {
        add(text, into, new Text(original.subSequence(done, from)));
      }
      BasedSequence written = literal.subSequence(span.start(), span.end());
      // an address as written in the source (cmark-gfm reads it so); an e-mail address, which is
      // found in the text, without its escapes (a mail link's writers take them out themselves)
      BasedSequence chars = span.kind() == Kind.SCHEMED_EMAIL ? written : written.baseSubSequence(written.getStartOffset(), written.getEndOffset());
      LinkNode link;
      if (span.kind() == Kind.EMAIL) {
        MailLink mail = new MailLink();
        mail.setText(chars);
        link = mail;
      } else {
        AutoLink auto = new AutoLink();
        auto.setText(chars);
        auto.setUrlChars(chars);
        link = auto;
      }
      link.setCharsFromContent();
      link.appendChild(new Text(chars));
      add(text, into, link);
      done = mapper.originalOffset(span.end());
    }
    if (done < original.length()) {
      add(text, into, new Text(original.subSequence(done, original.length())));
    }
    text.unlink();
    return found.open();
  }

  /** Takes the links {@link #link} made out of a document again (where its tool makes none): each {@link TextBase} of them is its text. */
  static void unlink(Document doc) {
    List<Node> made = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = MarkdownEngine.following(n, doc)) {
      if (n instanceof TextBase && n.getFirstChild() != null && hasMadeLink(n)) {
        made.add(n);
      }
    }
    for (Node base : made) {
      base.insertBefore(new Text(base.getChars()));
      base.unlink();
    }
  }

  /** Whether a text base holds a link made here: an address without the {@code <} of CommonMark's autolinks. */
  private static boolean hasMadeLink(Node base) {
    for (Node n = base.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof AutoLink a && a.getOpeningMarker().isEmpty() || n instanceof MailLink m && m.getOpeningMarker().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static void add(Node text, Node into, Node piece) {
    if (into != null) {
      into.appendChild(piece);
    } else {
      text.insertBefore(piece);
    }
  }

  /** The character before a text in its paragraph, as cmark-gfm sees it: a space at the start of its block or line. */
  private static char before(Node text) {
    Node previous = text.getPrevious();
    if (previous == null || previous instanceof SoftLineBreak || previous instanceof HardLineBreak) {
      return ' ';
    }
    int start = text.getStartOffset();
    return start > 0 ? text.getChars().getBaseSequence().charAt(start - 1) : ' ';
  }

  /** The block or table cell a text is in, whose brackets are counted together (cmark-gfm links no address inside an open one). */
  static Node blockOf(Node text) {
    Node block = text.getParent();
    while (block != null && !(block instanceof Block) && !(block instanceof TableCell)) {
      block = block.getParent();
    }
    return block;
  }

  /** The brackets open after a text as written, {@code open} before it (an escaped one is none). */
  static int brackets(CharSequence s, int open) {
    if (s instanceof com.vladsch.flexmark.util.sequence.SubSequence sub && sub.getBase() instanceof String base) {
      // the string the text is part of: no call a character through the sequence
      return brackets(base, sub.getStartOffset(), sub.getEndOffset(), open);
    }
    String text = s.toString();
    return brackets(text, 0, text.length(), open);
  }

  /** {@link #brackets(CharSequence, int)} of {@code s[from, to)}. */
  static int brackets(String s, int from, int to, int open) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        open++;
      } else if (c == ']' && open > 0) {
        open--;
      }
    }
    return open;
  }

  /** What a link is: an address, a {@code www.} host (linked with {@code http://}), an e-mail address, or one written with its scheme. */
  enum Kind {
    URL,
    WWW,
    EMAIL,
    SCHEMED_EMAIL
  }

  /** A link in the text: {@code [start, end)}. */
  record Span(int start, int end, Kind kind) {}

  /** The links of a text, and the brackets open after it. */
  record Found(List<Span> spans, int open) {}

  /**
   * The links in {@code s}, in order. {@code before} is the character before the text in its
   * paragraph (a space at its start), {@code open} the brackets open before it; {@code literal}
   * tells which characters are written as themselves (not escaped or entities), which alone open
   * and close brackets.
   */
  static Found find(CharSequence s, char before, int open, IntPredicate literal) {
    List<Span> links = new ArrayList<>();
    int n = s.length();
    int textStart = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int end = -1;
      if (c == '[' && literal.test(i)) {
        open++;
      } else if (c == ']' && open > 0 && literal.test(i)) {
        open--;
      } else if (open == 0 && c == ':') {
        int from = i;
        while (from > textStart && isAlpha(s.charAt(from - 1))) {
          from--;
        }
        end = url(s, from, i);
        if (end > 0) {
          emails(s, textStart, from, links);
          links.add(new Span(from, end, Kind.URL));
        }
      } else if (open == 0 && c == 'w') {
        end = www(s, i, i == 0 ? before : s.charAt(i - 1));
        if (end > 0) {
          emails(s, textStart, i, links);
          links.add(new Span(i, end, Kind.WWW));
        }
      }
      if (end > 0) {
        i = end;
        textStart = end;
      } else {
        i++;
      }
    }
    emails(s, textStart, n, links);
    return new Found(links, open);
  }

  /** The end of an address whose scheme is {@code s[from, colon)}, or -1. */
  private static int url(CharSequence s, int from, int colon) {
    int n = s.length();
    if (n - colon < 4 || s.charAt(colon + 1) != '/' || s.charAt(colon + 2) != '/') {
      return -1;
    }
    int scheme = colon - from;
    if (!(scheme == 4 && regionIgnoringCase(s, from, "http") || scheme == 5 && regionIgnoringCase(s, from, "https") || scheme == 3 && regionIgnoringCase(s, from, "ftp"))) {
      return -1;
    }
    if (!isHostChar(s.charAt(colon + 3))) {
      return -1;
    }
    int domain = domain(s, colon + 3, true);
    if (domain == 0) {
      return -1;
    }
    int end = colon + 3 + domain;
    while (end < n && !isSpace(s.charAt(end)) && s.charAt(end) != '<') {
      end++;
    }
    end = trimmed(s, colon, end);
    return end == colon ? -1 : end;
  }

  /** The end of a {@code www.} link at {@code at}, or -1. */
  private static int www(CharSequence s, int at, char before) {
    int n = s.length();
    if ("*_~(".indexOf(before) < 0 && !isSpace(before) || n - at < 4 || !region(s, at, "www.")) {
      return -1;
    }
    int domain = domain(s, at, false);
    if (domain == 0) {
      return -1;
    }
    int end = at + domain;
    while (end < n && !isSpace(s.charAt(end)) && s.charAt(end) != '<') {
      end++;
    }
    end = trimmed(s, at, end);
    return end == at ? -1 : end;
  }

  /**
   * The length of the domain at {@code from} (its first character taken), or 0 where an underscore
   * is in one of its last two parts (unless it has more than ten) or, unless {@code short}, it has
   * no dot. Like cmark-gfm, which reads bytes, it stops after the first character beyond ASCII.
   */
  private static int domain(CharSequence s, int from, boolean allowShort) {
    int size = s.length() - from;
    int dots = 0;
    int lastButOne = 0;
    int last = 0;
    int i;
    for (i = 1; i < size - 1; i++) {
      if (s.charAt(from + i) == '\\' && i < size - 2) {
        i++;
      }
      char c = s.charAt(from + i);
      if (c == '_') {
        last++;
      } else if (c == '.') {
        lastButOne = last;
        last = 0;
        dots++;
      } else if (!isHostChar(c) && c != '-') {
        break;
      } else if (c >= 0x80) {
        i++;
        break;
      }
    }
    if ((lastButOne > 0 || last > 0) && dots <= 10) {
      return 0;
    }
    return allowShort || dots > 0 ? i : 0;
  }

  /** {@code end} without the trailing characters that are not part of a link starting at {@code from}. */
  private static int trimmed(CharSequence s, int from, int end) {
    int opening = 0;
    int closing = 0;
    for (int k = from; k < end; k++) {
      char c = s.charAt(k);
      if (c == '<') {
        end = k;
        break;
      } else if (c == '(') {
        opening++;
      } else if (c == ')') {
        closing++;
      }
    }
    while (end > from) {
      char c = s.charAt(end - 1);
      switch (c) {
        case ')' -> {
          if (closing <= opening) {
            return end;
          }
          closing--;
          end--;
        }
        case '?', '!', '.', ',', ':', '*', '_', '~', '\'', '"' -> end--;
        case ';' -> {
          int k = end - 2;
          while (k > from && isAlpha(s.charAt(k))) {
            k--;
          }
          end = k < end - 2 && s.charAt(k) == '&' ? k : end - 1;
        }
        default -> {
          return end;
        }
      }
    }
    return end;
  }

  /**
   * The e-mail addresses in {@code s[from, to)}, added to {@code links}: cmark-gfm's scan step for
   * step, but for an xmpp address' resource, which is read as GFM's spec says (cmark-gfm reads an
   * {@code @} in it as another address).
   */
  private static void emails(CharSequence s, int from, int to, List<Span> links) {
    int start = from;
    int offset = 0;
    int remaining = to - from;
    next:
    while (offset < remaining) {
      boolean schemed = false;
      boolean xmpp = false;
      int dots = 0;
      int at = indexOf(s, '@', start + offset, start + remaining);
      if (at < 0) {
        return;
      }
      int maxRewind = at - (start + offset);
      int rewind;
      int end;
      while (true) {
        int base = start + offset + maxRewind;
        for (rewind = 0; rewind < maxRewind; rewind++) {
          char c = s.charAt(base - rewind - 1);
          if (isAlnum(c) || ".+-_".indexOf(c) >= 0) {
            continue;
          }
          if (c == ':' && scheme(s, "mailto:", base, rewind, maxRewind)) {
            schemed = true;
            continue;
          }
          if (c == ':' && scheme(s, "xmpp:", base, rewind, maxRewind)) {
            schemed = true;
            xmpp = true;
            continue;
          }
          break;
        }
        if (rewind == 0) {
          offset += maxRewind + 1;
          continue next;
        }
        boolean again = false;
        int limit = remaining - offset - maxRewind;
        for (end = 1; end < limit; end++) {
          char c = s.charAt(base + end);
          if (isAlnum(c)) {
            continue;
          }
          if (c == '@') { // another one: try again from it
            offset += maxRewind + 1;
            maxRewind = end - 1;
            again = true;
            break;
          } else if (c == '.' && end < limit - 1 && isAlnum(s.charAt(base + end + 1))) {
            dots++;
          } else if (c != '-' && c != '_') { // an xmpp address' resource too: after its domain
            break;
          }
        }
        if (!again) {
          break;
        }
      }
      int base = start + offset + maxRewind;
      char last = s.charAt(base + end - 1);
      if (end < 2 || dots == 0 || !isAlpha(last) && last != '.') {
        offset += maxRewind + end;
        continue;
      }
      if (xmpp && base + end + 1 < start + remaining && s.charAt(base + end) == '/' && isResourceChar(s.charAt(base + end + 1))) {
        end++;
        while (base + end < start + remaining && isResourceChar(s.charAt(base + end))) {
          end++;
        }
      }
      end = trimmed(s, base, base + end) - base;
      if (end == 0) {
        offset += maxRewind + 1;
        continue;
      }
      links.add(new Span(base - rewind, base + end, schemed ? Kind.SCHEMED_EMAIL : Kind.EMAIL));
      int used = offset + maxRewind + end;
      start += used;
      remaining -= used;
      offset = 0;
    }
  }

  /** Whether the characters before {@code s[at - rewind]} are {@code scheme} (ending in its colon), at the text's start or after no letter or digit. */
  private static boolean scheme(CharSequence s, String scheme, int at, int rewind, int maxRewind) {
    int len = scheme.length();
    if (len > maxRewind - rewind || !region(s, at - rewind - len, scheme)) {
      return false;
    }
    return len == maxRewind - rewind || !isAlnum(s.charAt(at - rewind - len - 1));
  }

  private static int indexOf(CharSequence s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean region(CharSequence s, int at, String word) {
    if (at < 0 || at + word.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (s.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean regionIgnoringCase(CharSequence s, int at, String word) {
    for (int k = 0; k < word.length(); k++) {
      if ((s.charAt(at + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A character of an xmpp address' resource (after its {@code /}), as GFM's spec names them. */
  private static boolean isResourceChar(char c) {
    return isAlnum(c) || c == '@' || c == '.';
  }

  private static boolean isAlpha(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAlnum(char c) {
    return isAlpha(c) || c >= '0' && c <= '9';
  }

  /** cmark's ASCII white space. */
  static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** A character of a host name: no white space or punctuation (cmark-gfm's test, by Unicode class). */
  private static boolean isHostChar(char c) {
    if (c < 0x80) {
      return c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) < 0;
    }
    if (c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a || c == 0x202f || c == 0x205f || c == 0x3000) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> false;
      default -> true;
    };
  }
}
