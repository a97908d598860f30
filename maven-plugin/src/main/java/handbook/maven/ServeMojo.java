package handbook.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code handbook serve}: builds, serves the site on 127.0.0.1 and rebuilds on every change, until stopped. */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends HandbookMojo {
  /** The output folder ({@code --out}). */
  @Parameter(property = "handbook.out", defaultValue = "${project.build.directory}/handbook", required = true)
  File out;

  /** The port ({@code --port}); 0 picks a free one. */
  @Parameter(property = "handbook.port", defaultValue = "8000")
  int port;

  @Override
  String command() {
    return "serve";
  }

  @Override
  void addOptions(List<String> args) {
    args.addAll(List.of("--out", out.getPath(), "--port", Integer.toString(port)));
  }
}
