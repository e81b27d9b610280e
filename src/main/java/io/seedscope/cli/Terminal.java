package io.seedscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether progress, which goes to stderr, goes to a terminal. {@link System#console()} answers for
 * stdin and stdout instead: with {@code run 2> log} it would draw carriage-return bars into the
 * log, and with stdout piped it would turn a visible bar into log lines. Java has no isatty, so on
 * Linux stderr's descriptor is resolved through {@code /proc/self/fd/2}; elsewhere the console is
 * the best guess.
 */
final class Terminal {
  private Terminal() {}

  static boolean stderrIsTerminal() {
    return isTerminal(Path.of("/proc/self/fd/2"), System.console() != null);
  }

  /**
   * @param fd a {@code /proc/<pid>/fd/<n>} link
   * @param fallback the answer when the link cannot be read
   */
  static boolean isTerminal(Path fd, boolean fallback) {
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return fallback;
    }
  }
}
