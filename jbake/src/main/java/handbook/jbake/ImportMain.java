package handbook.jbake;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code handbook import jbake SRC DEST}. The generator calls {@link #run} through a class
 * loader of its own, so this module's libraries never mix with the generator's. Exit codes: 0
 * imported (warnings do not fail it), 2 usage.
 */
public final class ImportMain {
  private ImportMain() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Imports {@code args[0]} (a JBake project) into {@code args[1]}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length != 2 || args[0].startsWith("-") || args[1].startsWith("-")) {
      err.println("error[usage]: expected SRC and DEST: handbook import jbake SRC DEST");
      err.flush();
      return 2;
    }
    Path src = Path.of(args[0]);
    Path dest = Path.of(args[1]);
    Importer.Result r;
    try {
      r = new Importer(src, dest).run();
    } catch (Importer.UsageException e) {
      err.println("error[usage]: " + e.getMessage());
      err.flush();
      return 2;
    } catch (IOException e) {
      err.println("error[import.io]: " + e.getMessage());
      err.flush();
      return 1;
    }
    long warnings = r.findings().stream().filter(f -> f.severity().equals("warning")).count();
    long notes = r.findings().size() - warnings;
    for (Finding f : r.findings()) {
      err.println(f.format());
    }
    out.println(
        "imported " + r.pages() + (r.pages() == 1 ? " page" : " pages") + " and " + r.files() + (r.files() == 1 ? " file" : " files")
            + " from " + src + " into " + dest.resolve("content") + "; " + warnings + (warnings == 1 ? " warning, " : " warnings, ")
            + notes + (notes == 1 ? " note" : " notes"));
    out.println("next: handbook build --content " + dest.resolve("content"));
    out.flush();
    err.flush();
    return 0;
  }
}
