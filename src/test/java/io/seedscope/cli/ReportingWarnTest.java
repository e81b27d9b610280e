package io.seedscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingWarnTest {
  @Test
  void aWarningQuotingALineBreakStaysOneLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Reporting.warn(List.of("skipped 'run\nfile.csv'", "plain"), err);
    assertEquals(
        "warning: skipped 'run\\nfile.csv'\nwarning: plain\n",
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }
}
