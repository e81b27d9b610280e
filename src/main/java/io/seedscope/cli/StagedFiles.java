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
import java.util.LinkedHashMap;
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
      Files.createDirectories(dir);
      Files.createFile(tmp);
    } catch (IOException e) {
      // The JDK names the temporary or a directory above the target; the user named the target.
      throw new InputException(problem(target, tmp, e), e);
    }
    staged.put(abs, tmp);
    return tmp;
  }

  /** Moves every written temporary into place. */
  void commit() throws IOException {
    for (Map.Entry<Path, Path> e : staged.entrySet()) {
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
    staged.clear();
  }

  /** Removes the temporaries of a command that did not commit (best effort). */
  @Override
  public void close() {
    for (Path tmp : staged.values()) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // best effort: the command's own error is what the user needs to see
      }
    }
    staged.clear();
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
