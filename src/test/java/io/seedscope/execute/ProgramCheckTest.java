package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.seedscope.spec.Implementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramCheckTest {
  @TempDir Path dir;

  private Map<String, String> builtins() {
    return Map.of("spec_dir", dir.toString(), "java", "/usr/bin/java", "jar", "x.jar");
  }

  private Path file(String name, String perms) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, "#!/bin/sh\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    return p;
  }

  @Test
  void absolutePathsMustBeExecutableFiles() throws Exception {
    file("ok.sh", "rwx------");
    file("plain.txt", "rw-------");
    Files.createDirectory(dir.resolve("sub"));
    assertNull(ProgramCheck.problem("{spec_dir}/ok.sh", builtins(), null));
    assertEquals(
        "program '" + dir + "/plain.txt' is not executable",
        ProgramCheck.problem("{spec_dir}/plain.txt", builtins(), null));
    assertEquals(
        "program '" + dir + "/sub' is not a file",
        ProgramCheck.problem("{spec_dir}/sub", builtins(), null));
  }

  /**
   * Names are looked up on PATH; empty and relative entries (the run's own directory) do not count.
   */
  @Test
  void namesAreLookedUpOnPath() throws Exception {
    file("tool", "rwx------");
    assertNull(ProgramCheck.problem("tool", builtins(), "/nonexistent:" + dir));
    assertEquals(
        "program 'tool' is not on PATH", ProgramCheck.problem("tool", builtins(), ":/nonexistent"));
    // "." would be the run's directory, not where the check runs.
    assertEquals(
        "program 'tool' is not on PATH",
        ProgramCheck.problem(
            "tool", builtins(), ".:" + Path.of("").toAbsolutePath().relativize(dir)));
  }

  @Test
  void aProgramThatDependsOnTheRunIsNotChecked() {
    assertNull(ProgramCheck.problem("{run_dir}/x", builtins(), "/bin"));
    assertNull(ProgramCheck.problem("tool-{lr}", builtins(), "/bin"));
  }

  /**
   * The JDK looks the program up on the harness's PATH (/bin:/usr/bin when unset), whatever PATH
   * the implementation's env gives the program itself; the check does the same.
   */
  @Test
  void theHarnessPathDecidesNotTheImplementationsEnv() throws Exception {
    file("tool", "rwx------");
    Implementation.Command own =
        new Implementation.Command(
            "a", List.of("tool"), Map.of("PATH", dir.toString()), Map.of(), "spec.yaml:1:1");
    assertEquals(
        "program 'tool' is not on PATH", ProgramCheck.problem(own, builtins(), "/nonexistent"));
    Implementation.Command sh =
        new Implementation.Command(
            "a", List.of("sh"), Map.of("PATH", "/nonexistent"), Map.of(), "spec.yaml:1:1");
    assertNull(ProgramCheck.problem(sh, builtins(), null), "unset PATH: /bin:/usr/bin");
  }

  /** What the check promises, the JDK does: a program only on the env PATH does not start. */
  @Test
  void theJdkIgnoresTheChildsPathWhenLookingUpTheProgram() throws Exception {
    file("only-here", "rwx------");
    ProcessBuilder pb = new ProcessBuilder("only-here");
    pb.environment().put("PATH", dir.toString());
    org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, pb::start);
  }
}
