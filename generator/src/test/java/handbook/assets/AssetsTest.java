package handbook.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AssetsTest {
  static Map<String, byte[]> files(String... pathAndText) {
    Map<String, byte[]> m = new TreeMap<>();
    for (int i = 0; i < pathAndText.length; i += 2) {
      m.put(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }

  static String text(Assets a, String name) {
    return new String(a.files().get(a.names().get(name)), StandardCharsets.UTF_8);
  }

  @Test
  void ownFilesAreMinifiedAndNamedByTheirContent() {
    Assets a = Assets.of(files("site.css", ".a {  color: red; }", "site.js", "var a = 1; // x", "icons/x.svg", "<svg/>"));
    assertTrue(a.names().get("site.css").matches("assets/site\\.[0-9a-f]{10}\\.css"), a.names().toString());
    assertTrue(a.names().get("icons/x.svg").matches("assets/icons/x\\.[0-9a-f]{10}\\.svg"), a.names().toString());
    assertEquals(".a{color:red}\n", text(a, "site.css"));
    assertEquals("var a=1;\n", text(a, "site.js"));
    assertEquals(a.names().get("site.css"), Assets.FOLDER + Assets.hashed("site.css", ".a{color:red}\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theHashIsTwoChecksumsOfTheBytes() {
    // CRC-32 of "abc" is 352441c2, CRC-32C 364b3fb7: all the first's digits, the second's last two
    assertEquals("352441c2b7", Assets.hash("abc".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("0000000000", Assets.hash(new byte[0]));
  }

  @Test
  void sameFilesGiveTheSameNamesAndAChangedFileANewName() {
    Assets one = Assets.of(files("site.css", ".a{}", "site.js", "x()"));
    Assets two = Assets.of(files("site.css", ".a{}", "site.js", "x()"));
    assertEquals(one.names(), two.names());
    assertEquals(one.key(), two.key());
    Assets changed = Assets.of(files("site.css", ".a{}", "site.js", "y()"));
    assertEquals(one.names().get("site.css"), changed.names().get("site.css"));
    assertNotEquals(one.names().get("site.js"), changed.names().get("site.js"));
    assertNotEquals(one.key(), changed.key());
  }

  @Test
  void stylesheetsLinkTheHashedImagesAndChangeWhenAnImageChanges() {
    Assets a = Assets.of(files("site.css", ".a { mask: url(\"icons/x.svg\"); } .b { background: url(../elsewhere.png) }", "icons/x.svg", "<svg>1</svg>"));
    String svg = a.names().get("icons/x.svg").substring(Assets.FOLDER.length());
    assertEquals(".a{mask:url(\"" + svg + "\")}.b{background:url(../elsewhere.png)}\n", text(a, "site.css"));
    Assets b = Assets.of(files("site.css", ".a { mask: url(\"icons/x.svg\"); } .b { background: url(../elsewhere.png) }", "icons/x.svg", "<svg>2</svg>"));
    assertNotEquals(a.names().get("site.css"), b.names().get("site.css"));
  }

  @Test
  void vendoredFilesAreHashedButNotChangedAndNotesAreLeftOut() {
    String lib = "/*! lib */\nvar  spaced = 1;";
    Assets a = Assets.of(files("vendor/lib/lib.js", lib, "vendor/lib/LICENSE", "MIT", "vendor/lib/README.md", "notes", "vendor/lib/vendor.sh", "npm pack"));
    assertArrayEquals(lib.getBytes(StandardCharsets.UTF_8), a.files().get(a.names().get("vendor/lib/lib.js")));
    assertTrue(a.files().containsKey("assets/vendor/lib/LICENSE"), "the licence is published under its own name");
    assertFalse(a.files().containsKey("assets/vendor/lib/README.md"));
    assertFalse(a.files().containsKey("assets/vendor/lib/vendor.sh"));
  }

  @Test
  void gzipCopiesAreTheSameForTheSameBytes() {
    byte[] text = "<p>hei</p>".repeat(50).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(GzipCopies.gzip(text), GzipCopies.gzip(text));
    assertTrue(GzipCopies.gzip(text).length < text.length);
    assertTrue(GzipCopies.isText("a/index.html"));
    assertTrue(GzipCopies.isText("assets/site.0123456789.css"));
    assertFalse(GzipCopies.isText("img/logo.png"));
    assertFalse(GzipCopies.isText("a.b/LICENSE"));
  }
}
