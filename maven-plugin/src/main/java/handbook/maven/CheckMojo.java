package handbook.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code handbook check}: everything but the write; fails the build on any error, such as a broken link. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends HandbookMojo {
  /** Runbooks overdue for review are errors ({@code --strict-runbooks}). */
  @Parameter(property = "handbook.strictRunbooks", defaultValue = "false")
  boolean strictRunbooks;

  @Override
  String command() {
    return "check";
  }

  @Override
  void addOptions(List<String> args) {
    if (strictRunbooks) {
      args.add("--strict-runbooks");
    }
  }
}
