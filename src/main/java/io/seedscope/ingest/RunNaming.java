package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the runs of a directory of per-run logs (SB3, TensorBoard, JSON lines): implementation,
 * task and seed from the user's {@link PathPattern}, or else guessed from directory names.
 *
 * <p>The guess: a CleanRL run directory {@code ENV__EXPERIMENT__SEED__TIME} gives task,
 * implementation and seed; otherwise the seed is the last integer in the run directory's name (e.g.
 * {@code seed_3}, {@code PPO_3}) and the implementation is the name of the directory above it (when
 * that is still inside the directory the user named), else the user's {@code --implementation},
 * else the run directory's own name. A warning says what was guessed.
 */
final class RunNaming {

  private static final Pattern CLEANRL = Pattern.compile("(.+)__(.+)__(-?\\d+)__(\\d+)");
  private static final Pattern LAST_INT = Pattern.compile("(\\d+)(?!.*\\d)");

  /** One run's names; {@code runPath} identifies the run (files with equal paths merge). */
  record Name(String implementation, String task, long seed, String runPath) {}

  private final Path root;
  private final Path fileRoot;
  private final PathPattern pattern;
  private final ImportOptions options;
  private String guessNote;

  RunNaming(Path root, ImportOptions options) {
    this(root, false, options);
  }

  /**
   * @param singleFile the user named one file (not a directory): its directory says nothing about
   *     the run
   */
  RunNaming(Path root, boolean singleFile, ImportOptions options) {
    this.root = root.toAbsolutePath().normalize();
    this.fileRoot = singleFile ? this.root : null;
    this.options = options;
    this.pattern =
        options.pathPattern() == null ? null : PathPattern.compile(options.pathPattern());
  }

  boolean hasPattern() {
    return pattern != null;
  }

  /**
   * Names the run that {@code file} belongs to, or returns null when the user's pattern does not
   * match it. {@code runDir} is the directory the format considers the run without a pattern (the
   * file's directory, or the file itself for one-file-per-run formats).
   */
  Name name(Path file, Path runDir) {
    Path dir = runDir.toAbsolutePath().normalize();
    if (pattern != null) {
      PathPattern.Match m = pattern.match(file);
      if (m == null) {
        return null;
      }
      String impl = m.implementation() != null ? m.implementation() : options.implementation();
      if (impl == null) {
        impl = Path.of(m.runPath()).getFileName().toString();
      }
      if (m.seed() == null) {
        throw new InputException(
            "--pattern '" + pattern + "' has no {seed}; add one, e.g. seed_{seed}");
      }
      String task = m.task() != null ? m.task() : options.task();
      return new Name(impl, task, m.seed(), m.runPath());
    }
    String dirName = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    if (dirName.endsWith(".jsonl") || dirName.endsWith(".ndjson")) {
      dirName = dirName.substring(0, dirName.lastIndexOf('.'));
    }
    Matcher c = CLEANRL.matcher(dirName);
    if (c.matches()) {
      String impl = options.implementation() != null ? options.implementation() : c.group(2);
      String task = options.task() != null ? options.task() : c.group(1);
      note(dir, impl, Long.parseLong(c.group(3)), "CleanRL run name ENV__EXPERIMENT__SEED__TIME");
      return new Name(impl, task, Long.parseLong(c.group(3)), dir.toString());
    }
    Matcher s = LAST_INT.matcher(dirName);
    if (!s.find()) {
      throw new InputException(
          dir
              + ": cannot tell the seed of this run from its name; give --pattern, e.g."
              + " 'logs/{implementation}/seed_{seed}/'");
    }
    long seed = Long.parseLong(s.group(1));
    String impl = options.implementation();
    Path parent = dir.getParent();
    if (impl == null
        && parent != null
        && parent.startsWith(root)
        && !dir.equals(root)
        && !root.equals(fileRoot)) {
      impl =
          parent.equals(root) && root.getFileName() != null
              ? root.getFileName().toString()
              : parent.getFileName().toString();
    }
    if (impl == null) {
      impl = withoutSeed(dirName, s.start());
    }
    note(dir, impl, seed, "directory names");
    return new Name(impl, options.task(), seed, dir.toString());
  }

  /**
   * A name with its seed number cut off, with what usually precedes it ({@code ppo_seed3} -> {@code
   * ppo}); the whole name when nothing is left.
   */
  static String withoutSeed(String name, int seedStart) {
    String head = name.substring(0, seedStart).replaceAll("(?i)[-_. ]*(seed|run|s)?[-_. ]*$", "");
    return head.isEmpty() ? name : head;
  }

  private void note(Path dir, String impl, long seed, String how) {
    if (guessNote == null) {
      String example = root.relativize(dir).toString();
      if (example.isEmpty()) {
        // The user named the run's own directory (or a file in it): relative to it, it has no
        // name, and the example must show the name the guess came from.
        example = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
      }
      guessNote =
          "no --pattern: implementation and seed taken from "
              + how
              + " (e.g. "
              + example
              + " -> implementation '"
              + impl
              + "', seed "
              + seed
              + ")";
    }
  }

  /** The warning describing the guess, if one was made. */
  void addWarning(List<String> warnings) {
    if (guessNote != null) {
      warnings.add(guessNote);
    }
  }
}
