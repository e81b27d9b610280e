package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands are argument vectors, never a shell: config values full of shell syntax reach a child
 * program byte for byte, in arguments and in the environment, and nothing is executed.
 */
class ShellSafetyEndToEndTest {
  /** Implementation name to a payload that would create PWNED if any shell saw it. */
  static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

  static {
    PAYLOADS.put("semicolon", "; touch PWNED");
    PAYLOADS.put("subst", "$(touch PWNED)");
    PAYLOADS.put("backtick", "`touch PWNED`");
    PAYLOADS.put("mixed", "x' \"y\" && touch PWNED || touch PWNED > PWNED; $HOME * \\ ~ #");
  }

  @TempDir Path dir;

  /** YAML single-quoted scalar: only the quote itself needs escaping (doubled). */
  static String yaml(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  @Test
  void shellMetacharactersArriveVerbatimAndNothingRuns() throws Exception {
    StringBuilder spec =
        new StringBuilder(
            String.join(
                "\n",
                "name: shell-safety",
                "metric: return",
                "seeds: [0]",
                "implementations:",
                ""));
    for (Map.Entry<String, String> e : PAYLOADS.entrySet()) {
      spec.append("  ")
          .append(e.getKey())
          .append(":\n")
          .append("    command: ['{java}', -cp, ")
          .append(yaml(Cli.classPath()))
          .append(", io.seedscope.e2e.EchoArgs, '{payload}', 'pre-{payload}-post', ")
          .append("'--seed={seed}']\n")
          .append("    env: {PAYLOAD: '{payload}'}\n")
          .append("    config: {payload: ")
          .append(yaml(e.getValue()))
          .append("}\n");
    }
    spec.append("run: {workers: 2, timeout: 60s}\n");
    Path specFile = dir.resolve("shell.yaml");
    Files.writeString(specFile, spec, StandardCharsets.UTF_8);
    Path results = dir.resolve("out");

    Cli.Result r = Cli.run("run", specFile.toString(), "--out", results.toString(), "--no-report");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.err().contains("(4 ok, 0 not ok)"), r.all());

    Map<String, RunRecord> byImpl = new LinkedHashMap<>();
    new RunStore(results)
        .load()
        .records()
        .values()
        .forEach(rec -> byImpl.put(rec.key().implementation(), rec));
    assertEquals(PAYLOADS.keySet(), byImpl.keySet());
    for (Map.Entry<String, String> e : PAYLOADS.entrySet()) {
      String payload = e.getValue();
      RunRecord rec = byImpl.get(e.getKey());
      Path runDir = results.resolve("runs").resolve(rec.runId());
      List<String> args = List.of(payload, "pre-" + payload + "-post", "--seed=0");
      assertEquals(
          String.join("\n", args) + "\n",
          Files.readString(runDir.resolve("args.txt"), StandardCharsets.UTF_8),
          e.getKey());
      assertEquals(
          payload,
          Files.readString(runDir.resolve("env.txt"), StandardCharsets.UTF_8),
          "environment value of " + e.getKey());
      int length = args.stream().mapToInt(String::length).sum();
      assertEquals((double) length, rec.metrics().get("return").get(0), e.getKey());
      assertTrue(Files.readString(runDir.resolve("stdout.log")).contains("arg: " + payload));
    }
    assertNoPwned();

    // The analysis carries the payloads as plain configuration values.
    Path json = dir.resolve("a.json");
    assertEquals(
        0,
        Cli.run("analyze", results.toString(), "--json", json.toString(), "--resamples", "200")
            .code());
    JsonNode groups = Json.read(json).path("groups");
    assertEquals(4, groups.size());
    for (JsonNode g : groups) {
      assertEquals(
          PAYLOADS.get(g.path("implementation").asText()),
          g.path("config").path("payload").asText());
    }
    assertNoPwned();
  }

  private void assertNoPwned() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> pwned = s.filter(p -> p.getFileName().toString().equals("PWNED")).toList();
      assertEquals(List.of(), pwned, "a shell ran a payload");
    }
    assertFalse(Files.exists(Path.of("PWNED")), "PWNED in the working directory");
  }
}
