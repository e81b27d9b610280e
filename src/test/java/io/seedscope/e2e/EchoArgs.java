package io.seedscope.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child-process test program: writes its arguments, one per line, to args.txt in its working
 * directory, echoes each on stdout, and reports their count and total length as a metric line.
 */
public final class EchoArgs {
  private EchoArgs() {}

  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of("args.txt"), String.join("\n", args) + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        Path.of("env.txt"), String.valueOf(System.getenv("PAYLOAD")), StandardCharsets.UTF_8);
    int length = 0;
    for (String a : args) {
      System.out.println("arg: " + a);
      length += a.length();
    }
    System.out.println("{\"return\": " + length + ", \"args\": " + args.length + "}");
  }
}
