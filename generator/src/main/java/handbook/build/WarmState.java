package handbook.build;

import handbook.cache.MemoStore;
import handbook.cache.Outputs;
import handbook.source.SourceFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build leaves for the next one in the same process ({@code serve}): parse results,
 * decoded sources, and what the output folder holds (by path, with the key it was made from).
 * Each run keeps only what it used, so the state stays one site's size however long it lives.
 */
public final class WarmState {
  final MemoStore memo = MemoStore.inMemory(GeneratorVersion.id());
  final Outputs outputs = new Outputs();
  /** Decoded text files by content path, with the bytes they were decoded from. */
  final Map<String, Decoded> sources = new ConcurrentHashMap<>();

  record Decoded(byte[] bytes, SourceFile file, java.util.List<handbook.diag.Diagnostic> diagnostics) {}

  /** Files parsed and reused by the last run (for tests and the benchmark). */
  public int parsed() {
    return lastParsed;
  }

  public int reused() {
    return lastReused;
  }

  int lastParsed;
  int lastReused;
  /** Every file the last run put in the output folder, or null before the first run. */
  java.util.Set<String> made;
}
