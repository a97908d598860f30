package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook import jbake} runs a separate jar; JBake and OrientDB are not on the generator's classpath. */
class ImportCommandTest {
  @TempDir Path tmp;

  @Test
  void jbakeAndOrientDbAreNotOnTheGeneratorsClasspath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jbake.app.Oven"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.orientechnologies.orient.core.Orient"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName(ImportCommand.JBake.ENTRY));
  }

  @Test
  void missingImporterIsAUsageErrorThatSaysWhereItLooked() {
    Path nowhere = tmp.resolve("handbook-jbake.jar");
    String before = System.getProperty(ImportCommand.JBake.JAR_PROPERTY);
    System.setProperty(ImportCommand.JBake.JAR_PROPERTY, nowhere.toString());
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"import", "jbake", tmp.toString(), tmp.resolve("out").toString()}, new PrintWriter(out), new PrintWriter(err));
      assertEquals(2, code);
      assertTrue(err.toString().startsWith("error[usage]: the JBake importer (handbook-jbake.jar) is not installed; looked at " + nowhere + "\n"), err.toString());
      assertEquals("", out.toString());
    } finally {
      if (before == null) {
        System.clearProperty(ImportCommand.JBake.JAR_PROPERTY);
      } else {
        System.setProperty(ImportCommand.JBake.JAR_PROPERTY, before);
      }
    }
  }
}
