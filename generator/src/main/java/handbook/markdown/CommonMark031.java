package handbook.markdown;

import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * flexmark 0.64 reads CommonMark 0.29; this brings its inline parsing to 0.31.2 where they
 * differ: link destinations in {@code <...>} may hold spaces and end at the first unescaped
 * {@code >} (and a destination that opens with {@code <} and never closes is no link); a link
 * title must stand apart from its destination; HTML comments follow 0.31's rules
 * ({@code <!-->} is one); numeric character references have at most 7 decimal or 6 hex digits;
 * emphasis counts Unicode symbols as punctuation and lets runs that are both multiples of 3 match.
 */
final class CommonMark031 implements Parser.ParserExtension {
  /** Makes an inline parser as the parser's factory last made one (set on the first parse). */
  private volatile java.util.function.Supplier<com.vladsch.flexmark.parser.InlineParser> inlines;

  /** Inline parsers for documents of the parser this extension is in, once it has parsed one. */
  java.util.function.Supplier<com.vladsch.flexmark.parser.InlineParser> inlines() {
    return inlines;
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
    options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
  }

  @Override
  public void extend(Parser.Builder builder) {
    // on the linear inline parser, so that hostile text stays linear in time
    builder.customInlineParserFactory(
        (options, special, delimiters, processors, linkRefs, extensions) -> {
          inlines = () -> new Inlines(options, special, delimiters, processors, linkRefs, extensions);
          return inlines.get();
        });
    // a custom inline parser takes the core paragraph pre-processor (link reference definitions) along
    builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    builder.customDelimiterProcessor(new Emphasis('*'));
    builder.customDelimiterProcessor(new Emphasis('_'));
  }

  private static final Pattern OVERLONG_REFERENCE = Pattern.compile("^&#(?:[0-9]{8,}|[xX][0-9a-fA-F]{7,});");

  static final class Inlines extends LinearInlineParser {
    Inlines(
        DataHolder options,
        BitSet specialCharacters,
        BitSet delimiterCharacters,
        Map<Character, DelimiterProcessor> delimiterProcessors,
        LinkRefProcessorData linkRefProcessors,
        List<InlineParserExtensionFactory> extensions) {
      super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
      for (int i = 0; i < MaterialInline.CHARACTERS.length(); i++) {
        // the set is the parser's, shared by its inline parsers (as flexmark's extensions add theirs)
        specialCharacters.set(MaterialInline.CHARACTERS.charAt(i));
      }
    }

    /** MkDocs Material's inline syntax and emoji first ({@link MaterialInline#read}), then flexmark's. */
    @Override
    protected boolean parseInline(boolean customOnly) {
      char c = peek();
      if ((c == ':' || c == '+' || c == '^' || c == '~' || c == '$') && !customOnly && MaterialInline.read(this)) {
        return true;
      }
      if (c == '\\' && !customOnly && MaterialInline.readParenthesized(this)) {
        return true;
      }
      return super.parseInline(customOnly);
    }

    @Override
    public BasedSequence parseLinkDestination() {
      if (index >= input.length() || input.charAt(index) != '<') {
        return super.parseLinkDestination();
      }
      for (int i = index + 1; i < input.length(); i++) {
        char c = input.charAt(i);
        if (c == '\\' && i + 1 < input.length() && isAsciiPunctuation(input.charAt(i + 1))) {
          i++;
        } else if (c == '>') {
          BasedSequence dest = input.subSequence(index, i + 1);
          index = i + 1;
          return dest;
        } else if (c == '<' || c == '\n' || c == '\r') {
          return null;
        }
      }
      return null;
    }

    @Override
    public BasedSequence parseLinkTitle() {
      if (index > 0 && index < input.length() && !Character.isWhitespace(input.charAt(index - 1))) {
        return null;
      }
      return super.parseLinkTitle();
    }

    @Override
    public boolean parseHtmlInline() {
      if (input.matchChars("<!--", index)) {
        int end;
        if (input.matchChars("<!-->", index)) {
          end = index + 5;
        } else if (input.matchChars("<!--->", index)) {
          end = index + 6;
        } else {
          int close = input.indexOf("-->", index + 4);
          if (close < 0) {
            return false;
          }
          end = close + 3;
        }
        appendNode(new HtmlInlineComment(input.subSequence(index, end)));
        index = end;
        return true;
      }
      return super.parseHtmlInline();
    }

    @Override
    public boolean parseEntity() {
      BasedSequence overlong = match(OVERLONG_REFERENCE);
      if (overlong != null) {
        appendNode(new Literal(overlong));
        return true;
      }
      return super.parseEntity();
    }
  }

  /** Text shown exactly as written: not a character reference, however it looks. */
  static final class Literal extends com.vladsch.flexmark.util.ast.Node {
    Literal(BasedSequence chars) {
      super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  /** Unicode punctuation as CommonMark 0.31 counts it: general categories P and S, and ASCII punctuation. */
  static boolean isPunctuation(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int c = s.codePointAt(0);
    if (c < 128) {
      return isAsciiPunctuation((char) c);
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /** Unicode whitespace as CommonMark counts it (a line's start and end count too). */
  static boolean isWhitespace(String s) {
    if (s.isEmpty()) {
      return true;
    }
    int c = s.codePointAt(0);
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** {@code *} and {@code _} emphasis with 0.31's flanking rules and its rule of 3. */
  static final class Emphasis extends EmphasisDelimiterProcessor {
    private final char c;

    Emphasis(char c) {
      super(c, false);
      this.c = c;
    }

    private static boolean leftFlanking(String before, String after) {
      return !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    }

    private static boolean rightFlanking(String before, String after) {
      return !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    }

    @Override
    public boolean canBeOpener(String before, String after, boolean lf, boolean rf, boolean bp, boolean ap, boolean bw, boolean aw) {
      boolean left = leftFlanking(before, after);
      return c == '*' ? left : left && (!rightFlanking(before, after) || isPunctuation(before));
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean lf, boolean rf, boolean bp, boolean ap, boolean bw, boolean aw) {
      boolean right = rightFlanking(before, after);
      return c == '*' ? right : right && (!leftFlanking(before, after) || isPunctuation(after));
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
      boolean bothThrees = opener.length() % 3 == 0 && closer.length() % 3 == 0;
      if ((opener.canClose() || closer.canOpen()) && (opener.length() + closer.length()) % 3 == 0 && !bothThrees) {
        return 0;
      }
      return opener.length() >= 2 && closer.length() >= 2 ? 2 : 1;
    }
  }
}
