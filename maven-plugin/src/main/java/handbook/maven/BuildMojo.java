package handbook.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code handbook build}: builds the site into the output folder. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends HandbookMojo {
  /** The output folder ({@code --out}). */
  @Parameter(property = "handbook.out", defaultValue = "${project.build.directory}/handbook", required = true)
  File out;

  /** Keep rendered pages here between runs ({@code --cache}), e.g. {@code ${project.build.directory}/handbook-cache}. */
  @Parameter(property = "handbook.cache")
  File cache;

  /** Runbooks overdue for review are errors ({@code --strict-runbooks}). */
  @Parameter(property = "handbook.strictRunbooks", defaultValue = "false")
  boolean strictRunbooks;

  @Override
  String command() {
    return "build";
  }

  @Override
  void addOptions(List<String> args) {
    args.addAll(List.of("--out", out.getPath()));
    if (cache != null) {
      args.addAll(List.of("--cache", cache.getPath()));
    }
    if (strictRunbooks) {
      args.add("--strict-runbooks");
    }
  }
}
