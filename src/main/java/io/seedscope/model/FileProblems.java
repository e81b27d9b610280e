package io.seedscope.model;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/**
 * Turns a filesystem failure into the one line a user needs ({@code FILE: reason}). A path the user
 * gave that cannot be read or written is bad input (exit 2), not a bug; the JDK's own messages are
 * often only the path ({@link NoSuchFileException}) or name a temporary file.
 */
public final class FileProblems {
  private FileProblems() {}

  /** The reason in words: the JDK leaves it null for the common cases. */
  public static String reason(FileSystemException e) {
    if (e.getReason() != null) {
      return e.getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      // Mostly from creating an output's directory where a plain file stands.
      return e.getFile() != null
              && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(e.getFile()))
          ? "exists and is not a directory"
          : "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    return "cannot be accessed";
  }

  /**
   * {@code FILE: reason} for the first filesystem failure in a cause chain (or the full disk's
   * message), or empty when the failure is of another kind.
   */
  public static Optional<String> describe(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      // A full disk or quota arrives as a plain IOException naming no file.
      if (t instanceof java.io.IOException
          && t.getMessage() != null
          && (t.getMessage().contains("No space left on device")
              || t.getMessage().contains("Disk quota exceeded"))) {
        String outer = error.getMessage();
        return Optional.of(outer != null && outer.startsWith("cannot ") ? outer : t.getMessage());
      }
      if (t instanceof FileSystemException f) {
        String file = f.getFile();
        String other = f.getOtherFile();
        return Optional.of(
            (file == null ? "" : file + ": ")
                + reason(f)
                + (other == null ? "" : " (" + other + ")"));
      }
    }
    return Optional.empty();
  }
}
