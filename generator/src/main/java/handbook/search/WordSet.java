package handbook.search;

/**
 * A set of words, each a stretch of a text, compared as they are or in ASCII lower case, and
 * looked up without copying them: a word already seen (most words of a page) costs no string.
 * Open addressing over power-of-two tables.
 */
final class WordSet {
  private final boolean fold;
  private char[][] texts;
  private int[] starts;
  private int[] ends;
  private int[] hashes;
  /** The slots in use, in the order they were filled (the first {@code size}). */
  private int[] used;
  private int size;

  /** @param fold true to compare in ASCII lower case */
  WordSet(int expected, boolean fold) {
    this.fold = fold;
    int capacity = 16;
    while (capacity < 2 * expected) {
      capacity <<= 1;
    }
    allocate(capacity);
  }

  private void allocate(int capacity) {
    texts = new char[capacity][];
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new int[capacity];
    used = new int[capacity / 2 + 1];
  }

  /**
   * Empties the set for another text, keeping its tables (a set is reused text after text: a
   * new one for each cost more than its words); only tables grown very large are given up.
   */
  void clear() {
    if (texts.length > 1 << 14) {
      allocate(16);
      size = 0;
      return;
    }
    for (int i = 0; i < size; i++) {
      texts[used[i]] = null; // the rest of a slot is written when it is filled again
    }
    size = 0;
  }

  /** A set kept by one thread for its texts: {@code sets.get()} emptied, for a fresh one. */
  static WordSet reused(ThreadLocal<WordSet> sets) {
    WordSet set = sets.get();
    set.clear();
    return set;
  }

  int size() {
    return size;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** The hash this set files {@code text[start, end)} under: the same for every set that folds alike. */
  int hash(char[] text, int start, int end) {
    int h = 0;
    if (fold) {
      for (int i = start; i < end; i++) {
        h = 31 * h + lower(text[i]);
      }
    } else {
      for (int i = start; i < end; i++) {
        h = 31 * h + text[i];
      }
    }
    return h ^ (h >>> 16);
  }

  private boolean same(int slot, char[] text, int start, int end) {
    int s = starts[slot];
    if (ends[slot] - s != end - start) {
      return false;
    }
    char[] t = texts[slot];
    for (int i = start; i < end; i++, s++) {
      if (t[s] != text[i] && (!fold || lower(t[s]) != lower(text[i]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[start, end)} is in the set. */
  boolean contains(char[] text, int start, int end) {
    return contains(hash(text, start, end), text, start, end);
  }

  /** {@link #contains(char[], int, int)} with its {@link #hash} known. */
  boolean contains(int h, char[] text, int start, int end) {
    int mask = texts.length - 1;
    for (int slot = h & mask; texts[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && same(slot, text, start, end)) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code text[start, end)} (kept by reference); true when it was not in the set. */
  boolean add(char[] text, int start, int end) {
    return add(hash(text, start, end), text, start, end);
  }

  /** {@link #add(char[], int, int)} with its {@link #hash} known. */
  boolean add(int h, char[] text, int start, int end) {
    int mask = texts.length - 1;
    int slot = h & mask;
    for (; texts[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && same(slot, text, start, end)) {
        return false;
      }
    }
    texts[slot] = text;
    starts[slot] = start;
    ends[slot] = end;
    hashes[slot] = h;
    used[size] = slot;
    if (++size * 2 > texts.length) {
      grow();
    }
    return true;
  }

  private void grow() {
    char[][] oldTexts = texts;
    int[] oldStarts = starts;
    int[] oldEnds = ends;
    int[] oldHashes = hashes;
    int[] oldUsed = used;
    allocate(oldTexts.length * 2);
    int mask = texts.length - 1;
    for (int k = 0; k < size; k++) {
      int i = oldUsed[k];
      int slot = oldHashes[i] & mask;
      while (texts[slot] != null) {
        slot = (slot + 1) & mask;
      }
      texts[slot] = oldTexts[i];
      starts[slot] = oldStarts[i];
      ends[slot] = oldEnds[i];
      hashes[slot] = oldHashes[i];
      used[k] = slot;
    }
  }
}
