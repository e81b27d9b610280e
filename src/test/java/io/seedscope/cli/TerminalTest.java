package io.seedscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTest {
  @TempDir Path dir;

  @Test
  void aDescriptorIsATerminalWhenItLeadsToATtyDevice() throws Exception {
    Path pts = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));
    Path file = Files.createSymbolicLink(dir.resolve("3"), dir.resolve("run.log"));
    Path pipe = Files.createSymbolicLink(dir.resolve("4"), Path.of("pipe:[12345]"));
    assertTrue(Terminal.isTerminal(pts, false));
    assertFalse(Terminal.isTerminal(file, true));
    assertFalse(Terminal.isTerminal(pipe, true));
    // Unreadable: the fallback decides.
    assertTrue(Terminal.isTerminal(dir.resolve("missing"), true));
    assertFalse(Terminal.isTerminal(dir.resolve("missing"), false));
  }
}
