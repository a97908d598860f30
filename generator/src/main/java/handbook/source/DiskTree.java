package handbook.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A folder on disk. Symbolic links are followed only where they stay inside the folder (by
 * their real location): a link to a file or folder outside it is left out and reported, never
 * read. So are folders that cannot be read, special files (pipes, devices) and names the
 * system's encoding cannot represent.
 */
public record DiskTree(Path root) implements SourceTree {
  @Override
  public List<String> files() throws IOException {
    return listing().files();
  }

  @Override
  public Listing listing() throws IOException {
    if (!Files.isDirectory(root)) {
      return new Listing(List.of(), List.of());
    }
    Path realRoot = root.toRealPath();
    List<String> files = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String rel = rel(dir);
            if (vuePressFolder(rel)) {
              // VuePress' folder: its config files and public/ are listed (its other folders are hidden)
              return FileVisitResult.CONTINUE;
            }
            if (gitBookFolder(rel) || (gitBookAssets(rel) || gitBookIncludes(rel)) && !hidden(rel)) {
              // GitBook's: its assets/ and includes/ are listed
              return FileVisitResult.CONTINUE;
            }
            if (hidden(rel) || environment(dir)) {
              // (but VitePress' config in its .vitepress/, whose theme, cache and build are not walked)
              for (String config : configsIn(rel)) {
                Path f = root.resolve(config);
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.isReadable(f)) {
                  files.add(config);
                }
              }
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!named(rel, refused) || !inside(dir, rel, realRoot, refused)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String rel = rel(file);
            if (hidden(rel) || !named(rel, refused)) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
              refused.add(new Refused(rel, "source.link", false, "`" + rel + "` is a symbolic link to nothing; it is left out", null));
            } else if (!attrs.isRegularFile()) {
              refused.add(new Refused(rel, "source.special", false, "`" + rel + "` is not a regular file (a pipe, socket or device); it is left out", null));
            } else if (inside(file, rel, realRoot, refused)) {
              if (Files.isReadable(file)) {
                files.add(rel);
              } else {
                refused.add(new Refused(rel, "source.read", true, "cannot read `" + rel + "`: permission denied", "make it readable, or move it out of the content folder"));
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String rel = file.equals(root) ? "." : rel(file);
            if (hidden(rel)) {
              return FileVisitResult.CONTINUE;
            }
            if (e instanceof FileSystemLoopException) {
              refused.add(new Refused(rel, "source.link", false, "`" + rel + "` is a symbolic link to a folder that holds it; it is left out", null));
            } else if (e instanceof AccessDeniedException) {
              refused.add(new Refused(rel, "source.read", true, "cannot read `" + rel + "`: permission denied", "make it readable, or move it out of the content folder"));
            } else {
              refused.add(new Refused(rel, "source.read", true, "cannot read `" + rel + "`: " + e.getMessage(), null));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    refused.sort(java.util.Comparator.comparing(Refused::path));
    return new Listing(files, refused);
  }

  private String rel(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Whether a name survives the round trip through the system's file-name encoding (an ASCII name always does). */
  private boolean named(String rel, List<Refused> refused) {
    boolean ok;
    try {
      ok = ascii(rel) || rel.indexOf('\uFFFD') < 0 && Files.exists(root.resolve(rel), LinkOption.NOFOLLOW_LINKS);
    } catch (InvalidPathException e) {
      ok = false;
    }
    if (!ok) {
      String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
      refused.add(new Refused(rel, "source.name", true,
          "the name of `" + rel + "` cannot be read as " + encoding,
          encoding.equalsIgnoreCase("UTF-8")
              ? "rename it: file names must be UTF-8"
              : "run with a UTF-8 locale, for example `LC_ALL=C.UTF-8` (the `handbook` launcher sets one)"));
    }
    return ok;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether a path's real location is inside the tree; a link that leads out is refused. */
  private static boolean inside(Path p, String rel, Path realRoot, List<Refused> refused) throws IOException {
    if (!Files.isSymbolicLink(p)) {
      return true; // its folder was checked when the walk entered it
    }
    Path real = p.toRealPath();
    if (real.startsWith(realRoot)) {
      return true;
    }
    refused.add(new Refused(rel, "source.outside", true,
        "`" + rel + "` is a symbolic link to `" + real + "`, outside the content folder",
        "copy it into the content folder; links may only point inside it"));
    return false;
  }

  @Override
  public byte[] read(String path) throws IOException {
    Path p = root.resolve(path);
    if (!plainlyInside(p) && !p.toRealPath().startsWith(root.toRealPath())) {
      throw new IOException("`" + path + "` leads outside the content folder");
    }
    return Files.readAllBytes(p);
  }

  /**
   * Whether a path is inside the tree without a link on the way (no {@code ..}, no component
   * below the root a symbolic link): a few {@code lstat} calls instead of resolving the real
   * path of every component from the file system's root.
   */
  private boolean plainlyInside(Path p) {
    if (!p.normalize().equals(p) || !p.startsWith(root) || p.equals(root)) {
      return false;
    }
    for (Path d = p; !d.equals(root); d = d.getParent()) {
      if (Files.isSymbolicLink(d)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public FileStamp stamp(String path) {
    try {
      Map<String, Object> a = Files.readAttributes(root.resolve(path), "unix:size,lastModifiedTime,ctime,dev,ino");
      return new FileStamp(
          (Long) a.get("size"),
          nanos(a.get("lastModifiedTime")),
          nanos(a.get("ctime")),
          (Long) a.get("dev"),
          (Long) a.get("ino"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException | NullPointerException e) {
      return null; // no unix attributes here (Windows): files are read and hashed every time
    }
  }

  private static long nanos(Object time) {
    java.nio.file.attribute.FileTime t = (java.nio.file.attribute.FileTime) time;
    return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  @Override
  public Set<PosixFilePermission> permissions(String path) {
    try {
      return Files.getPosixFilePermissions(root.resolve(path));
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  @Override
  public boolean exists() {
    return Files.isDirectory(root);
  }

  /**
   * Whether a folder is a Python environment ({@code pyvenv.cfg}, or conda's {@code conda-meta/}
   * in it): the {@code venv/} beside an MkDocs project's {@code mkdocs.yml}, thousands of files and
   * links to the Python outside it, is no content.
   */
  public static boolean environment(Path dir) {
    return Files.isRegularFile(dir.resolve("pyvenv.cfg")) || Files.isDirectory(dir.resolve("conda-meta"));
  }

  /** VitePress' config files, read in its {@code .vitepress/} folder (at the root, or in {@code docs/}) though it is hidden. */
  public static final List<String> VITEPRESS_CONFIGS = List.of("config.mts", "config.ts", "config.mjs", "config.js", "config.cts", "config.cjs");

  /** VuePress' config files in its {@code .vuepress/} folder (VitePress' forerunner), read as VitePress' are. */
  public static final List<String> VUEPRESS_CONFIGS = List.of("config.js", "config.ts", "config.mjs", "config.cjs", "config.mts");

  /** VuePress' config files written in YAML or TOML: listed to be named, not read. */
  private static final List<String> VUEPRESS_DATA_CONFIGS = List.of("config.yml", "config.toml");

  /** Whether a path is one of VuePress' config files, where they are listed: in a {@code .vuepress/} folder at the root or in a folder of it ({@link #vuePressFolder}). */
  public static boolean vuePressConfig(String path) {
    int slash = path.lastIndexOf('/');
    return slash > 0 && vuePressFolder(path.substring(0, slash)) && configsIn(path.substring(0, slash)).contains(path);
  }

  /** The config files read (VitePress' and VuePress') or named (VuePress' in YAML or TOML) in a hidden folder ({@code docs/.vitepress}), or none. */
  static List<String> configsIn(String folder) {
    if (vuePressFolder(folder)) {
      return java.util.stream.Stream.concat(VUEPRESS_CONFIGS.stream(), VUEPRESS_DATA_CONFIGS.stream()).map(n -> folder + "/" + n).toList();
    }
    return folder.equals(".vitepress") || folder.equals("docs/.vitepress") ? VITEPRESS_CONFIGS.stream().map(n -> folder + "/" + n).toList() : List.of();
  }

  /**
   * Whether a path is VuePress' {@code .vuepress/} folder, at the root or in a folder of it (VuePress
   * builds the folder it is given: {@code docs/}, {@code src/}): walked for its config and {@code public/}.
   */
  static boolean vuePressFolder(String relPath) {
    int slash = relPath.indexOf('/');
    return relPath.equals(".vuepress") || slash > 0 && slash == relPath.lastIndexOf('/') && relPath.endsWith("/.vuepress") && relPath.charAt(0) != '.';
  }

  /** GitBook's config, at the root. */
  private static final String GITBOOK_CONFIG = ".gitbook.yaml";

  private static final String GITBOOK_ASSETS = ".gitbook/assets";

  /** Whether a path is GitBook's {@code .gitbook/} folder, at the root or in a folder of it (the folder its {@code .gitbook.yaml} names). */
  static boolean gitBookFolder(String relPath) {
    int slash = relPath.indexOf('/');
    return relPath.equals(".gitbook") || slash > 0 && slash == relPath.lastIndexOf('/') && relPath.endsWith("/.gitbook") && relPath.charAt(0) != '.';
  }

  /** GitBook's reusable content, which its pages include. */
  private static final String GITBOOK_INCLUDES = ".gitbook/includes";

  /** Whether a path is in (or is) a {@code .gitbook/assets/} folder of {@link #gitBookFolder}: GitBook's images and files, listed though hidden. */
  public static boolean gitBookAssets(String relPath) {
    return gitBookPart(relPath, GITBOOK_ASSETS);
  }

  /** Whether a path is in (or is) a {@code .gitbook/includes/} folder of {@link #gitBookFolder}: GitBook's reusable content, listed though hidden (never published). */
  public static boolean gitBookIncludes(String relPath) {
    return gitBookPart(relPath, GITBOOK_INCLUDES);
  }

  private static boolean gitBookPart(String relPath, String part) {
    int at = relPath.indexOf(part);
    if (at < 0 || at > 0 && relPath.charAt(at - 1) != '/' || !gitBookFolder(relPath.substring(0, at + ".gitbook".length()))) {
      return false;
    }
    return relPath.length() == at + part.length() || relPath.charAt(at + part.length()) == '/';
  }

  /** Whether a path is in (or is) a {@code .vuepress/public/} folder, and none of its own parts there is hidden. */
  private static boolean vuePressPublic(String relPath) {
    int at = relPath.indexOf(".vuepress/public");
    if (at < 0 || at > 0 && relPath.charAt(at - 1) != '/' || !vuePressFolder(relPath.substring(0, at + ".vuepress".length()))) {
      return false;
    }
    String folder = relPath.substring(0, at + ".vuepress/public".length());
    return relPath.equals(folder) || relPath.startsWith(folder + "/") && !relPath.substring(folder.length()).contains("/.");
  }

  /**
   * Files and folders starting with a dot, editor backups ending with ~, and the folders of
   * packages that tools install beside a project ({@code node_modules}, {@code __pycache__}); not
   * the {@code .pages} files of MkDocs' awesome-pages plugin and the {@code .authors.yml} of
   * MkDocs Material's blog in a folder (the docs kind reads those of the docs; no other is
   * published), nor VitePress' and VuePress' config ({@link #configsIn}), nor the files of VuePress'
   * {@code .vuepress/public/} (published at a VuePress project's root, else left out), nor
   * GitBook's {@code .gitbook.yaml} and {@code .gitbook/assets/} (published in a GitBook project alone) and
   * {@code .gitbook/includes/} (its pages include them; never published), nor Mintlify's
   * {@code .mintignore} at the root (read; never published).
   */
  public static boolean hidden(String relPath) {
    if (relPath.equals(".mintignore")) {
      // Mintlify's list of the files it leaves out: read, never published
      return false;
    }
    if (relPath.equals(GITBOOK_CONFIG) || gitBookAssets(relPath) || gitBookIncludes(relPath)) {
      String part = gitBookAssets(relPath) ? GITBOOK_ASSETS : GITBOOK_INCLUDES;
      return relPath.contains("/node_modules") || relPath.endsWith("~") || relPath.indexOf("/.", relPath.indexOf(part) + part.length() - 1) >= 0;
    }
    if (vuePressPublic(relPath)) {
      return relPath.contains("/node_modules") || relPath.contains("/__pycache__") || relPath.endsWith("~");
    }
    for (String part : relPath.split("/")) {
      if (part.equals("node_modules") || part.equals("__pycache__")) {
        return true;
      }
      if (part.startsWith(".") || part.endsWith("~")) {
        if (relPath.lastIndexOf('/') > 0 && configsIn(relPath.substring(0, relPath.lastIndexOf('/'))).contains(relPath)) {
          // VitePress' config, in its .vitepress/ folder (whose theme and build are left out)
          return false;
        }
        // awesome-pages' .pages and MkDocs Material's blog authors (.authors.yml) in a folder are
        // read: docs/'s, or that of an MkDocs project's docs_dir (not published elsewhere)
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        return !((name.equals(".pages") || name.equals(".authors.yml")) && relPath.indexOf('/') > 0 && relPath.indexOf("/.") == relPath.length() - name.length() - 1);
      }
    }
    return false;
  }
}
