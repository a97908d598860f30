package handbook.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorVersionTest {
  @TempDir Path dir;

  private Path jar(String name, Map<String, String> entries, long time) throws Exception {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        ZipEntry z = new ZipEntry(e.getKey());
        z.setLastModifiedTime(FileTime.fromMillis(time));
        zip.putNextEntry(z);
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return p;
  }

  @Test
  void theSameContentsMadeAtAnotherTimeAreTheSameGenerator() throws Exception {
    Map<String, String> files = new TreeMap<>(Map.of("a/A.class", "one", "b.txt", "two"));
    byte[] first = GeneratorVersion.contents(jar("1.jar", files, 1_000_000L));
    byte[] second = GeneratorVersion.contents(jar("2.jar", files, 9_000_000_000L));
    assertArrayEquals(first, second);
  }

  @Test
  void anEntryChangedAddedOrRenamedIsAnotherGenerator() throws Exception {
    Map<String, String> files = new TreeMap<>(Map.of("a/A.class", "one", "b.txt", "two"));
    byte[] base = GeneratorVersion.contents(jar("base.jar", files, 0));
    Map<String, String> changed = new TreeMap<>(files);
    changed.put("b.txt", "twp");
    Map<String, String> added = new TreeMap<>(files);
    added.put("c.txt", "");
    Map<String, String> renamed = new TreeMap<>(Map.of("a/B.class", "one", "b.txt", "two"));
    for (Map<String, String> other : java.util.List.of(changed, added, renamed)) {
      assertFalse(Arrays.equals(base, GeneratorVersion.contents(jar("other" + other.hashCode() + ".jar", other, 0))), other.toString());
    }
  }

  @Test
  void theIdNamesTheVersion() {
    assertTrue(GeneratorVersion.id().contains("+"), GeneratorVersion.id());
  }
}
