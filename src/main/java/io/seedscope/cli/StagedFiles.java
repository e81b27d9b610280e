package io.seedscope.cli;

import io.seedscope.model.FileProblems;
import io.seedscope.model.InputException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The output files of one command, written all or none: each is written to a temporary file beside
 * it and moved into place only when every one has been written. A command that fails on its last
 * output (a path that cannot be written, a disk that fills up) then leaves none of them behind, not
 * some outputs without the others or without their manifest.
 *
 * <p>Use: {@link #stage} every output before writing any (which also creates its directory and its
 * temporary, so a path that cannot be written fails before any work), write to the paths it
 * returns, {@link #commit}; {@link #close} removes whatever was not committed.
 */
final class StagedFiles implements AutoCloseable {

  // Target (absolute) to its temporary, in the order staged.
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  // Directories this command created for its outputs, outermost first: removed again (when still
  // empty) if it does not commit, so a failed command leaves no trace.
  private final List<Path> createdDirs = new ArrayList<>();
  // Removes the temporaries if the JVM is stopped (Ctrl-C, SIGTERM) between stage and commit.
  private Thread cleanupOnStop;

  /**
   * Checks that {@code target} can be written and returns the temporary to write instead; null for
   * a null target, the target itself for one that is not a plain file. Staging one target twice
   * returns the same temporary.
   */
  Path stage(Path target) {
    if (target == null) {
      return null;
    }
    Path abs = target.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new InputException(target + ": is a directory, not a file to write");
    }
    if (Files.isSymbolicLink(abs) && Files.isRegularFile(abs)) {
      try {
        abs = abs.toRealPath(); // written through the link, as a plain write would
      } catch (IOException e) {
        return target;
      }
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
      // A device, a pipe or a link to one (/dev/stdout): a move would replace it with a file, so
      // it is written directly, as it always was.
      return target;
    }
    Path known = staged.get(abs);
    if (known != null) {
      return known;
    }
    Path dir = abs.getParent();
    Path tmp =
        dir.resolve(
            "."
                + abs.getFileName()
                + ".tmp-"
                + ProcessHandle.current().pid()
                + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    try {
      createDirectories(dir);
      Files.createFile(tmp);
    } catch (IOException e) {
      // The JDK names the temporary or a directory above the target; the user named the target.
      throw new InputException(problem(target, tmp, e), e);
    }
    synchronized (staged) {
      staged.put(abs, tmp);
    }
    if (cleanupOnStop == null) {
      cleanupOnStop = new Thread(this::removeUncommitted, "seedscope-staged-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanupOnStop);
    }
    return tmp;
  }

  /** The shutdown hook that removes uncommitted temporaries, if any is registered (for tests). */
  Thread cleanupOnStop() {
    return cleanupOnStop;
  }

  private void createDirectories(Path dir) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(0, d);
    }
    Files.createDirectories(dir);
    createdDirs.addAll(missing);
  }

  /** Moves every written temporary into place. */
  void commit() throws IOException {
    for (Map.Entry<Path, Path> e : staged.entrySet()) {
      keepPermissions(e.getKey(), e.getValue());
      try {
        Files.move(
            e.getValue(),
            e.getKey(),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    synchronized (staged) {
      staged.clear();
    }
    createdDirs.clear();
  }

  /** A replaced output keeps its mode (a 0600 file stays private), as a plain write would. */
  private static void keepPermissions(Path target, Path tmp) {
    try {
      if (Files.isRegularFile(target)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX filesystem, or not ours to read: the new file has the default mode
    }
  }

  /**
   * Removes the temporaries of a command that did not commit, and the directories it created for
   * them (best effort).
   */
  @Override
  public void close() {
    removeUncommitted();
    if (cleanupOnStop != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanupOnStop);
      } catch (IllegalStateException e) {
        // the JVM is already stopping: the hook does the same
      }
      cleanupOnStop = null;
    }
  }

  private void removeUncommitted() {
    synchronized (staged) {
      for (Path tmp : staged.values()) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // best effort: the command's own error is what the user needs to see
        }
      }
      staged.clear();
      for (int i = createdDirs.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(createdDirs.get(i)); // only when empty
        } catch (IOException e) {
          // not empty (something else was put there) or not ours to remove: leave it
        }
      }
      createdDirs.clear();
    }
  }

  /**
   * {@code FILE: reason} for the path that failed (a plain file where a directory above the target
   * should be), or the target's own when it was the temporary, which the user never named.
   */
  private static String problem(Path target, Path tmp, IOException e) {
    if (e instanceof FileSystemException f
        && f.getFile() != null
        && !Path.of(f.getFile()).equals(tmp)) {
      return FileProblems.describe(e).orElseThrow();
    }
    String why =
        e instanceof FileSystemException f
            ? FileProblems.reason(f)
            : FileProblems.describe(e).orElse(String.valueOf(e.getMessage()));
    return target + ": cannot be written: " + why;
  }
}
