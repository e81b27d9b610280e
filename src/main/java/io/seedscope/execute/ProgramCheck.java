package io.seedscope.execute;

import io.seedscope.spec.Implementation;
import io.seedscope.spec.Placeholders;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks, before any run starts, that a command's program can be started, so that a typo in a spec
 * is one error at its line rather than every run failing with "cannot start".
 *
 * <p>The program is resolved as the JDK resolves it for each run: a name without a slash is looked
 * up on the harness's own {@code PATH} ({@code /bin:/usr/bin} when it is unset), not on a PATH the
 * implementation sets in its {@code env}, which only the started program sees; an absolute path is
 * taken as it is. A relative path with a slash is refused, and a match only through a relative PATH
 * entry such as {@code .} does not count: the run's working directory is its own {@code
 * runs/<id>/}, where either would be looked up, which is never what was meant. A program named by a
 * per-run placeholder ({@code {seed}} and so on) is not checked.
 */
final class ProgramCheck {
  private ProgramCheck() {}

  /**
   * @param harnessPath the harness's own {@code PATH}, on which the JDK looks programs up
   * @return why the command's program cannot be started, or null when it can (or cannot be known
   *     before the run)
   */
  static String problem(
      Implementation.Command command, Map<String, String> builtins, String harnessPath) {
    return problem(
        command.argv().get(0), builtins, harnessPath == null ? DEFAULT_PATH : harnessPath);
  }

  // What the JDK searches when PATH is unset (java.lang.ProcessImpl on Unix).
  static final String DEFAULT_PATH = "/bin:/usr/bin";

  /**
   * @param program the command's first argument, placeholders unfilled
   * @param builtins the run-independent placeholders ({@code java}, {@code jar}, {@code spec_dir})
   * @param path the {@code PATH} the program is looked up on
   * @return why the program cannot be started, or null when it can (or cannot be known yet)
   */
  static String problem(String program, Map<String, String> builtins, String path) {
    Placeholders.Template t = Placeholders.Template.of(program);
    if (!builtins.keySet().containsAll(t.names())) {
      return null; // depends on the run
    }
    String resolved = t.fill(builtins);
    if (resolved.isEmpty()) {
      return "the program (the command's first argument) is empty";
    }
    if (resolved.indexOf('/') >= 0) {
      Path p = Path.of(resolved);
      if (!p.isAbsolute()) {
        return "program '"
            + resolved
            + "' is a relative path, but each run starts in its own directory runs/<run id>/;"
            + " write {spec_dir}/"
            + resolved.replaceFirst("^\\./", "")
            + " or an absolute path";
      }
      return startable(p) ? null : "program '" + resolved + "' " + whyNot(p);
    }
    for (String dir : path.split(File.pathSeparator, -1)) {
      // An empty or relative entry ("", ".") means the working directory, the run's own.
      if (Path.of(dir).isAbsolute() && startable(Path.of(dir, resolved))) {
        return null;
      }
    }
    return "program '" + resolved + "' is not on PATH";
  }

  private static boolean startable(Path p) {
    return Files.isRegularFile(p) && Files.isExecutable(p);
  }

  private static String whyNot(Path p) {
    if (!Files.exists(p)) {
      return "does not exist";
    }
    if (!Files.isRegularFile(p)) {
      return "is not a file";
    }
    return "is not executable";
  }
}
