package handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser without its two quadratic paths, so that a long paragraph (a spec
 * description is not trusted) costs time in proportion to its length. flexmark copies the
 * whole paragraph into a new string on every regex match ({@code Matcher.toMatchResult}), and
 * an unclosed backtick run scans the rest of the paragraph for its closer, once per opener.
 * Here a match reads only its own bounds, and the backtick runs of a paragraph are indexed once
 * by length, so a closer is found by binary search. The syntax tree is the same.
 */
class LinearInlineParser extends InlineParserImpl {
  private static final InlineParserFactory FACTORY = LinearInlineParser::new;

  /**
   * A parser builder with this inline parser. flexmark leaves out its reading of link reference
   * definitions when the inline parser is not its own, so that is added back here, after the
   * extensions' paragraph pre-processors as flexmark orders it.
   */
  static Parser.Builder parserBuilder(DataHolder options) {
    return Parser.builder(options).customInlineParserFactory(FACTORY).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
  }


  /** The paragraph the tick index was made for, and the start offsets of its runs by run length. */
  private BasedSequence indexed;
  private long[] tickRuns;

  LinearInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> extensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
  }

  /**
   * The characters of the string the current input is part of, as flexmark reads them (NUL as
   * U+FFFD), copied once per document: the build's quick JIT reads an array much faster than
   * flexmark's sequences.
   */
  private String charsOf;
  private char[] chars;
  /** Which of the ASCII characters are special, made from {@link #specialCharacters}; null to make again. */
  private boolean[] special;

  /** Where the input starts in {@link #chars}; -1 when it is not one part of a string. */
  private int inputOffset() {
    if (input instanceof SubSequence sub && sub.getBase() instanceof String base) {
      if (base != charsOf) {
        chars = base.toCharArray();
        for (int i = base.indexOf('\0'); i >= 0; i = base.indexOf('\0', i + 1)) {
          chars[i] = '\uFFFD';
        }
        charsOf = base;
      }
      return sub.getStartOffset();
    }
    return -1;
  }

  /** Plain text up to the next special character, as flexmark reads it, from the array. */
  @Override
  protected boolean parseString() {
    int offset = customCharacters == null ? inputOffset() : -1;
    if (offset < 0) {
      return super.parseString();
    }
    BitSet set = specialCharacters;
    boolean[] table = special;
    if (table == null) {
      table = new boolean[128];
      for (int c = 0; c < 128; c++) {
        table[c] = set.get(c);
      }
      special = table;
    }
    char[] a = chars;
    int begin = index;
    int i = begin + offset;
    int end = input.length() + offset;
    while (i < end) {
      char c = a[i];
      if (c < 128 ? table[c] : set.get(c)) {
        break;
      }
      i++;
    }
    index = i - offset;
    if (index != begin) {
      appendText(input, begin, index);
      return true;
    }
    return false;
  }

  /**
   * A text node as flexmark makes it, without flexmark's segment builder where its pieces are one
   * run of the input (nearly always): the builder gives that run as a plain sub-sequence too.
   */
  @Override
  public boolean flushTextNode() {
    java.util.ArrayList<BasedSequence> text = currentText;
    if (text == null) {
      return false;
    }
    if (text.isEmpty()) {
      return super.flushTextNode();
    }
    Object base = input.getBase();
    int start = -1;
    int end = -1;
    for (int i = 0, n = text.size(); i < n; i++) {
      BasedSequence s = text.get(i);
      if (!(s instanceof SubSequence) || s.getBase() != base || i > 0 && s.getStartOffset() != end) {
        return super.flushTextNode();
      }
      if (i == 0) {
        start = s.getStartOffset();
      }
      end = s.getEndOffset();
    }
    block.appendChild(new Text(input.baseSubSequence(start, end)));
    currentText = null;
    return true;
  }

  /** Table rows are read with more special characters (added to the set in place): the table is made again after. */
  @Override
  public List<Node> parseCustom(BasedSequence input, Node node, BitSet characters, Map<Character, com.vladsch.flexmark.parser.block.CharacterNodeFactory> nodeFactories) {
    special = null;
    try {
      return super.parseCustom(input, node, characters, nodeFactories);
    } finally {
      special = null;
    }
  }

  /** Reads the inline text of a block, unless it is too large to read in bounded time (see {@link MarkdownGuard}). */
  @Override
  public void parse(BasedSequence content, Node block) {
    if (content.length() > MarkdownGuard.MAX_BLOCK) {
      List<Integer> large = new ArrayList<>(MarkdownGuard.TOO_LARGE.get(document));
      large.add(content.getStartOffset());
      document.set(MarkdownGuard.TOO_LARGE, List.copyOf(large));
      block.appendChild(new Text(content));
      return;
    }
    super.parse(content, block);
  }

  /** The tests of the characters either side of a delimiter run: flexmark's patterns, by {@link CharTest}. */
  private CharTest whiteSpace;

  private CharTest punctuationBefore;
  private CharTest punctuationAfter;

  /**
   * A run of emphasis delimiters, as flexmark reads it ({@code parseDelimiters} and its
   * {@code scanDelimiters}), whose tests of the characters either side (white space,
   * punctuation) are flexmark's own patterns asked once a character ({@link CharTest}) instead of
   * matched against a new string at every run.
   */
  @Override
  protected boolean parseDelimiters(DelimiterProcessor processor, char c) {
    int start = index;
    int count = 0;
    while (peek() == c) {
      count++;
      index++;
    }
    if (count < processor.getMinLength()) {
      index = start;
      return false;
    }
    char beforeChar = start == 0 ? '\n' : input.charAt(start - 1);
    char afterChar = peek() == '\0' ? '\n' : peek();
    if (whiteSpace == null) {
      boolean directional = options.inlineDelimiterDirectionalPunctuations;
      whiteSpace = CharTest.of(myParsing.UNICODE_WHITESPACE_CHAR);
      punctuationBefore = CharTest.of(directional ? myParsing.PUNCTUATION_OPEN : myParsing.PUNCTUATION);
      punctuationAfter = CharTest.of(directional ? myParsing.PUNCTUATION_CLOSE : myParsing.PUNCTUATION);
    }
    boolean beforeIsWhitespace = whiteSpace.test(beforeChar);
    boolean afterIsWhitespace = whiteSpace.test(afterChar);
    boolean beforeIsPunctuation = punctuationBefore.test(beforeChar);
    boolean afterIsPunctuation = punctuationAfter.test(afterChar);
    boolean leftFlanking = !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation);
    boolean rightFlanking = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation);
    String before = CharTest.string(beforeChar);
    String after = CharTest.string(afterChar);
    boolean canOpen =
        c == processor.getOpeningCharacter()
            && processor.canBeOpener(before, after, leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
    boolean canClose =
        c == processor.getClosingCharacter()
            && processor.canBeCloser(before, after, leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
    index = start;
    if (!canOpen && !canClose && processor.skipNonOpenerCloser()) {
      return false;
    }
    index += count;
    Text node = appendSeparateText(input.subSequence(start, index));
    lastDelimiter = new com.vladsch.flexmark.parser.core.delimiter.Delimiter(input, node, c, canOpen, canClose, lastDelimiter, start);
    lastDelimiter.setNumDelims(count);
    if (lastDelimiter.getPrevious() != null) {
      lastDelimiter.getPrevious().setNext(lastDelimiter);
    }
    return true;
  }

  /**
   * A pattern of one character (flexmark's character classes), its answer kept for each character
   * of Latin-1; one per pattern text and flags in a process (flexmark's patterns are its own
   * constants: a handful).
   */
  static final class CharTest {
    private static final java.util.concurrent.ConcurrentHashMap<String, CharTest> TESTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String[] ASCII = new String[128];

    static {
      for (char c = 0; c < 128; c++) {
        ASCII[c] = String.valueOf(c);
      }
    }

    private final Pattern pattern;
    /** 0 not asked yet, 1 no, 2 yes (a race asks twice and writes the same answer). */
    private final byte[] known = new byte[256];

    private CharTest(Pattern pattern) {
      this.pattern = pattern;
    }

    static CharTest of(Pattern pattern) {
      return TESTS.computeIfAbsent(pattern.flags() + "/" + pattern.pattern(), k -> new CharTest(pattern));
    }

    /** Whether the pattern matches the string of {@code c} alone. */
    boolean test(char c) {
      if (c >= known.length) {
        return pattern.matcher(String.valueOf(c)).matches();
      }
      byte k = known[c];
      if (k == 0) {
        k = pattern.matcher(String.valueOf(c)).matches() ? (byte) 2 : (byte) 1;
        known[c] = k;
      }
      return k == 2;
    }

    /** {@code String.valueOf(c)}, made once for ASCII. */
    static String string(char c) {
      return c < 128 ? ASCII[c] : String.valueOf(c);
    }
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher m = find(re);
    return m == null ? null : input.subSequence(m.start(), m.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher m = find(re);
    if (m == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
    }
    return groups;
  }

  /** Finds {@code re} from the current index and moves past it; null when it does not match. */
  private Matcher find(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher m = re.matcher(input);
    m.region(index, input.length());
    if (!m.find()) {
      return null;
    }
    index = m.end();
    return m;
  }

  /**
   * A link destination, as flexmark reads it, but in a link refused (empty) when it opens more
   * than {@value #MAX_PARENS} parentheses before it ends: otherwise every {@code ](} of a paragraph
   * like {@code ![a](![a](![a](...} scans to the paragraph's end. CommonMark allows such a limit.
   * A reference definition's is read whole, as flexmark reads it: it is read once, at its line's start.
   */
  @Override
  public BasedSequence parseLinkDestination() {
    if (!inReference && index < input.length() && input.charAt(index) != '<' && tooManyParens(index)) {
      return input.subSequence(index, index);
    }
    return super.parseLinkDestination();
  }

  static final int MAX_PARENS = 32;

  /** Whether a reference definition is being read. */
  private boolean inReference;

  @Override
  protected int parseReference(Block block, BasedSequence s) {
    inReference = true;
    try {
      return super.parseReference(block, s);
    } finally {
      inReference = false;
    }
  }

  private boolean tooManyParens(int from) {
    int depth = 0;
    for (int i = from; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        if (++depth > MAX_PARENS) {
          return true;
        }
      } else if (c == ')') {
        if (--depth < 0) {
          return false;
        }
      } else if (c <= ' ') {
        return false;
      }
    }
    return false;
  }

  /**
   * A link label ({@code [text]}), read as flexmark's pattern reads it but in linear time: its
   * pattern lets a backslash be an escape or a character of its own, and tries both ways at every
   * backslash, which takes exponential time on a run of backslashes that is not closed.
   */
  @Override
  public int parseLinkLabel() {
    if (index >= input.length() || input.charAt(index) != '[') {
      return 0;
    }
    int end = label(index + 1, 0, new HashMap<>());
    if (end < 0) {
      return 0;
    }
    int length = end - index;
    index = end;
    return length;
  }

  static final int MAX_LABEL_UNITS = 999;

  /**
   * The end of a label from {@code pos} when {@code count} units are read; -1 when it cannot end.
   * Tries the pattern's choices in its order (one more unit: a plain character, an escape, a lone
   * backslash; else the closing bracket), remembering where and with how many units it failed:
   * with more units used it fails there too.
   */
  private int label(int pos, int count, Map<Integer, Integer> failed) {
    Integer f = failed.get(pos);
    if (f != null && count >= f) {
      return -1;
    }
    int end = -1;
    if (pos < input.length() && count < MAX_LABEL_UNITS) {
      char c = input.charAt(pos);
      if (c != '\\' && c != '[' && c != ']') {
        end = label(pos + 1, count + 1, failed);
      } else if (c == '\\') {
        if (pos + 1 < input.length() && ESCAPABLE.indexOf(input.charAt(pos + 1)) >= 0) {
          end = label(pos + 2, count + 1, failed);
        }
        if (end < 0) {
          end = label(pos + 1, count + 1, failed);
        }
      }
    }
    if (end < 0 && pos < input.length() && input.charAt(pos) == ']') {
      end = pos + 1;
    }
    if (end < 0) {
      failed.merge(pos, count, Math::min);
    }
    return end;
  }

  private static final String ESCAPABLE = "!" + com.vladsch.flexmark.util.sequence.Escaping.ESCAPABLE_CHARS;

  /** A code span, or the backticks as text when no run of the same length closes them. */
  @Override
  protected boolean parseBackticks() {
    int n = 0;
    while (index + n < input.length() && input.charAt(index + n) == '`') {
      n++;
    }
    if (n == 0) {
      return false;
    }
    BasedSequence ticks = input.subSequence(index, index + n);
    index += n;
    int afterOpen = index;
    int close = closer(n, afterOpen);
    if (close < 0) {
      appendText(ticks);
      return true;
    }
    index = close + n;
    BasedSequence codeText = input.subSequence(afterOpen, close);
    Code node = new Code(input.subSequence(afterOpen - n, afterOpen), codeText, input.subSequence(close, close + n));
    if (options.codeSoftLineBreaks) {
      softBreaks(node, codeText);
    } else {
      node.appendChild(new Text(codeText));
    }
    appendNode(node);
    return true;
  }

  /** The children flexmark gives a code span with soft line breaks on: text and a break per line end. */
  private static void softBreaks(Code node, BasedSequence codeText) {
    int length = codeText.length();
    int last = 0;
    while (last < length) {
      int softBreak = codeText.indexOfAny(CharPredicate.ANY_EOL, last);
      int pos = softBreak == -1 ? length : softBreak;
      node.appendChild(new Text(codeText.subSequence(last, pos)));
      last = pos;
      if (last >= length) {
        break;
      }
      if (codeText.charAt(last) == '\r') {
        last++;
        if (last >= length) {
          break;
        }
        if (codeText.charAt(last) == '\n') {
          last++;
        }
      } else {
        last++;
      }
      if (last >= length) {
        break;
      }
      if (pos < last) {
        node.appendChild(new SoftLineBreak(codeText.subSequence(softBreak, last)));
      }
    }
  }

  /** The start of the first run of exactly {@code length} backticks at or after {@code from}, or -1. */
  private int closer(int length, int from) {
    if (indexed != input) {
      indexed = input;
      // every run as (length, start) in one long, sorted: a length's runs in order of start
      long[] runs = new long[8];
      int count = 0;
      String text = Sequences.text(input);
      for (int start = text.indexOf('`'); start >= 0; ) {
        int end = start + 1;
        while (end < text.length() && text.charAt(end) == '`') {
          end++;
        }
        if (count == runs.length) {
          runs = Arrays.copyOf(runs, count * 2);
        }
        runs[count++] = (long) (end - start) << 32 | start;
        start = text.indexOf('`', end);
      }
      runs = Arrays.copyOf(runs, count);
      Arrays.sort(runs);
      tickRuns = runs;
    }
    long key = (long) length << 32 | from;
    int i = Arrays.binarySearch(tickRuns, key);
    i = i >= 0 ? i : -i - 1;
    return i < tickRuns.length && tickRuns[i] >>> 32 == length ? (int) tickRuns[i] : -1;
  }
}
