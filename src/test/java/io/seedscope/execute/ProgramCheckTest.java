package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.seedscope.spec.Implementation;
import io.seedscope.spec.RunSettings;
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

  /** Names are looked up on PATH; an empty PATH entry (the run's own directory) does not count. */
  @Test
  void namesAreLookedUpOnPath() throws Exception {
    file("tool", "rwx------");
    assertNull(ProgramCheck.problem("tool", builtins(), "/nonexistent:" + dir));
    assertEquals(
        "program 'tool' is not on PATH", ProgramCheck.problem("tool", builtins(), ":/nonexistent"));
    assertEquals(
        "program 'tool' is not on PATH (PATH is not set)",
        ProgramCheck.problem("tool", builtins(), null));
  }

  @Test
  void aProgramThatDependsOnTheRunIsNotChecked() {
    assertNull(ProgramCheck.problem("{run_dir}/x", builtins(), null));
    assertNull(ProgramCheck.problem("tool-{lr}", builtins(), null));
  }

  /** The implementation's own PATH is the one its runs get. */
  @Test
  void anImplementationsOwnPathIsUsed() throws Exception {
    file("tool", "rwx------");
    Implementation.Command c =
        new Implementation.Command(
            "a", List.of("tool"), Map.of("PATH", "{spec_dir}"), Map.of(), "spec.yaml:1:1");
    assertNull(ProgramCheck.problem(c, RunSettings.DEFAULT, builtins(), "/nonexistent"));
    Implementation.Command bare =
        new Implementation.Command("a", List.of("tool"), Map.of(), Map.of(), "spec.yaml:1:1");
    assertEquals(
        "program 'tool' is not on PATH",
        ProgramCheck.problem(bare, RunSettings.DEFAULT, builtins(), "/nonexistent"));
  }
}
