package io.seedscope.execute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and kills the processes of one attempt that are no longer its descendants.
 *
 * <p>A program that daemonizes, or a shell line such as {@code (server &)}, leaves a grandchild
 * whose parent exited: it is re-parented to init and {@link Process#descendants()} no longer
 * reaches it, so a timeout would leave it running (holding a GPU, say). Java cannot start a child
 * in its own process group, and wrapping every command in {@code setsid} would cost an extra exec
 * per run. Instead every attempt carries a unique marker in its environment, which children
 * inherit; on a timeout or a stop the harness kills every process whose initial environment holds
 * it. This reads {@code /proc/<pid>/environ}, so it works on Linux (processes of the same user);
 * elsewhere only the tree is killed.
 */
final class Stragglers {
  /** The environment variable that carries the attempt's marker. */
  static final String VARIABLE = "SEEDSCOPE_ATTEMPT";

  private static final Path PROC = Path.of("/proc");

  private Stragglers() {}

  private static final class Prefix {
    // This harness's pid and 64 random bits: a reused pid in another harness cannot match.
    static final String VALUE =
        ProcessHandle.current().pid()
            + "-"
            + Long.toHexString(new java.security.SecureRandom().nextLong())
            + "-";
  }

  /** A marker for an attempt, unique to this harness and this attempt. */
  static String newMarker(long attemptNumber) {
    return Prefix.VALUE + attemptNumber;
  }

  /**
   * Kills every other process of this user, started since {@code attemptStart}, whose environment
   * holds {@code VARIABLE=attempt}.
   */
  static void kill(String attempt, java.time.Instant attemptStart) {
    if (!Files.isDirectory(PROC)) {
      return;
    }
    java.util.Optional<String> user = ProcessHandle.current().info().user();
    // Process start times are kept in clock ticks: allow a little before the attempt's start.
    java.time.Instant notBefore = attemptStart.minusSeconds(1);
    byte[] entry = (VARIABLE + "=" + attempt).getBytes(StandardCharsets.UTF_8);
    long self = ProcessHandle.current().pid();
    // A second pass catches what a straggler started while the first pass ran.
    for (int pass = 0; pass < 2; pass++) {
      try (DirectoryStream<Path> procs = Files.newDirectoryStream(PROC, "[0-9]*")) {
        for (Path proc : procs) {
          long pid;
          try {
            pid = Long.parseLong(proc.getFileName().toString());
          } catch (NumberFormatException e) {
            continue;
          }
          if (pid != self && holds(proc.resolve("environ"), entry)) {
            ProcessHandle.of(pid)
                .filter(h -> eligible(h, user, notBefore))
                .ifPresent(ProcessHandle::destroyForcibly);
          }
        }
      } catch (IOException e) {
        return; // no /proc listing: nothing more can be done
      }
    }
  }

  /** Same user as the harness, and not started before the attempt (unknown facts pass). */
  static boolean eligible(
      ProcessHandle h, java.util.Optional<String> user, java.time.Instant notBefore) {
    ProcessHandle.Info info = h.info();
    if (user.isPresent() && info.user().isPresent() && !user.get().equals(info.user().get())) {
      return false;
    }
    return info.startInstant().map(t -> !t.isBefore(notBefore)).orElse(true);
  }

  /** Whether a NUL-separated environment file has exactly this entry. */
  private static boolean holds(Path environ, byte[] entry) {
    byte[] env;
    try {
      env = Files.readAllBytes(environ);
    } catch (IOException e) {
      return false; // another user's process, or one that just exited
    }
    return containsEntry(env, entry);
  }

  static boolean containsEntry(byte[] env, byte[] entry) {
    int start = 0;
    while (start < env.length) {
      int end = start;
      while (end < env.length && env[end] != 0) {
        end++;
      }
      if (end - start == entry.length
          && java.util.Arrays.equals(env, start, end, entry, 0, entry.length)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }
}
