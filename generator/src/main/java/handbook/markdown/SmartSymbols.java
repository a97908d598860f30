package handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import handbook.markdown.RenderOptions.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The symbols of pymdownx.smartsymbols, in the text of an MkDocs project that lists it:
 * {@code (tm)} ™, {@code (c)} ©, {@code (r)} ®, {@code c/o} ℅, {@code +/-} ±, {@code -->} →,
 * {@code <--} ←, {@code <-->} ↔, {@code =/=} ≠, {@code 1/2} ½ (and the other fractions Unicode
 * has a character for), {@code 1st} 1<sup>st</sup>; each one its options leave on. Code, and a
 * mark after a backslash, stay as written.
 */
final class SmartSymbols {
  private SmartSymbols() {}

  /** One replacement: the text it finds, as pymdownx finds it. */
  private record Rule(Extension on, Pattern pattern) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(Extension.TRADEMARK, Pattern.compile("(?<!\\\\)\\(tm\\)")),
          new Rule(Extension.COPYRIGHT, Pattern.compile("(?<!\\\\)\\(c\\)")),
          new Rule(Extension.REGISTERED, Pattern.compile("(?<!\\\\)\\(r\\)")),
          new Rule(Extension.PLUSMINUS, Pattern.compile("(?<!\\\\)\\+/-")),
          new Rule(Extension.NOTEQUAL, Pattern.compile("(?<!\\\\)=/=")),
          new Rule(Extension.CARE_OF, Pattern.compile("\\bc/o\\b")),
          new Rule(Extension.ORDINAL_NUMBERS, Pattern.compile("\\b(?:[1-9][0-9]*)?(?:(?<=1)[123]th|1st|2nd|3rd|[04-9]th)\\b")),
          new Rule(Extension.ARROWS, Pattern.compile("(?<!\\\\)(?:<-->|(?<!-)-->|<--(?!-))")),
          new Rule(Extension.FRACTIONS, Pattern.compile("(?<![\\d\\\\])(?:1/4|1/2|3/4|1/3|2/3|1/5|2/5|3/5|4/5|1/6|5/6|1/8|3/8|5/8|7/8)(?!\\d)")));

  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("(tm)", "\u2122"), Map.entry("(c)", "\u00a9"), Map.entry("(r)", "\u00ae"), Map.entry("+/-", "\u00b1"), Map.entry("=/=", "\u2260"),
          Map.entry("c/o", "\u2105"), Map.entry("-->", "\u2192"), Map.entry("<--", "\u2190"), Map.entry("<-->", "\u2194"), Map.entry("1/4", "\u00bc"),
          Map.entry("1/2", "\u00bd"), Map.entry("3/4", "\u00be"), Map.entry("1/3", "\u2153"), Map.entry("2/3", "\u2154"), Map.entry("1/5", "\u2155"),
          Map.entry("2/5", "\u2156"), Map.entry("3/5", "\u2157"), Map.entry("4/5", "\u2158"), Map.entry("1/6", "\u2159"), Map.entry("5/6", "\u215a"),
          Map.entry("1/8", "\u215b"), Map.entry("3/8", "\u215c"), Map.entry("5/8", "\u215d"), Map.entry("7/8", "\u215e"));

  /** A symbol in place of the text that asks for it: the character, or a number and its ordinal's ending raised (its text as written). */
  private static MaterialInline.Replaced symbol(BasedSequence chars) {
    String s = chars.toString();
    String symbol = SYMBOLS.get(s);
    return symbol != null
        ? new MaterialInline.Replaced(chars, symbol, symbol)
        : new MaterialInline.Replaced(chars, s, s.substring(0, s.length() - 2) + "<sup>" + s.substring(s.length() - 2) + "</sup>");
  }

  /** Puts the symbols {@code on} asks for in the text of the document. */
  static void read(Document doc, Set<Extension> on) {
    StringBuilder any = new StringBuilder();
    for (Rule r : RULES) {
      if (on.contains(r.on())) {
        any.append(any.length() == 0 ? "" : "|").append("(?:").append(r.pattern().pattern()).append(')');
      }
    }
    if (any.length() == 0) {
      return;
    }
    Pattern symbols = Pattern.compile(any.toString());
    List<Text> texts = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Text t && !MaterialInline.inCode(t)) {
        texts.add(t);
      }
    }
    for (Text t : texts) {
      replace(t, symbols);
    }
  }

  /** Splits a text node around the symbols in it (where two overlap, the one that starts first). */
  private static void replace(Text t, Pattern symbols) {
    BasedSequence chars = t.getChars();
    String s = chars.toString();
    Matcher m = symbols.matcher(s);
    if (!m.find()) {
      return;
    }
    int at = 0;
    do {
      if (m.start() > at) {
        t.insertBefore(new Text(chars.subSequence(at, m.start())));
      }
      t.insertBefore(symbol(chars.subSequence(m.start(), m.end())));
      at = m.end();
    } while (m.find());
    if (at < s.length()) {
      t.insertBefore(new Text(chars.subSequence(at)));
    }
    t.unlink();
  }
}
