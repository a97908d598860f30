package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A template's key covers its file and those it imports; the lazy keys are the same, made once. */
class TemplateKeysTest {
  private static Map<String, byte[]> files(String layout) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("layout.ftlh", layout.getBytes(StandardCharsets.UTF_8));
    files.put("doc.ftlh", "<#import \"layout.ftlh\" as layout>doc".getBytes(StandardCharsets.UTF_8));
    files.put("runbook.ftlh", "runbook".getBytes(StandardCharsets.UTF_8));
    files.put("assets/site.css", "body{}".getBytes(StandardCharsets.UTF_8));
    return files;
  }

  @Test
  void aTemplatesKeyFollowsTheTemplatesItImports() {
    Map<String, String> before = TemplateKeys.of(files("one"));
    Map<String, String> after = TemplateKeys.of(files("two"));
    assertEquals(java.util.Set.of("layout", "doc", "runbook"), before.keySet());
    assertNotEquals(before.get("doc"), after.get("doc"));
    assertNotEquals(before.get("layout"), after.get("layout"));
    assertEquals(before.get("runbook"), after.get("runbook"));
  }

  @Test
  void lazyKeysAreTheKeysMadeOnceWhenFirstAsked() {
    TemplateKeys.Lazy lazy = new TemplateKeys.Lazy(files("one"));
    Map<String, String> keys = lazy.get();
    assertEquals(TemplateKeys.of(files("one")), keys);
    assertSame(keys, lazy.get());
  }
}
