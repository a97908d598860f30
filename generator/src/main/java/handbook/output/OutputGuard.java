package handbook.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Refuses output folders a build must never replace. */
public final class OutputGuard {
  /** The file that marks a folder as Handbook output. */
  public static final String MARKER = ".handbook-site";

  private OutputGuard() {}

  /** Null when {@code out} may be written, else why not ({@code `out`: it is ...}). */
  public static String refusal(Path out, Path content, Path templates) {
    Path o = out.toAbsolutePath().normalize();
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
    if (o.getParent() == null) {
      return "`" + out + "`: it is the file-system root";
    }
    if (o.equals(home)) {
      return "`" + out + "`: it is the home folder";
    }
    Path c = content.toAbsolutePath().normalize();
    if (o.equals(c) || c.startsWith(o)) {
      return "`" + out + "`: it is or holds the content folder";
    }
    if (o.startsWith(c)) {
      return "`" + out + "`: it is inside the content folder, whose files the site is made of (write it outside that folder, such as `--out ../my-site` from inside it)";
    }
    Path t = templates.toAbsolutePath().normalize();
    if (o.equals(t) || t.startsWith(o)) {
      return "`" + out + "`: it is or holds the templates folder";
    }
    if (o.startsWith(t)) {
      return "`" + out + "`: it is inside the templates folder";
    }
    if (Files.isRegularFile(o)) {
      return "`" + out + "`: it is a file";
    }
    if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !empty(o)) {
      return "`" + out + "`: it is not empty and is not a previous Handbook output";
    }
    return null;
  }

  private static boolean empty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
