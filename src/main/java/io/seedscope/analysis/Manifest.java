package io.seedscope.analysis;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The environment an analysis was made in: what {@code analysis.json} deliberately leaves out
 * (times, machine, versions) so that it stays byte-identical. Written as {@code manifest.json}
 * beside it and shown in the report's reproducibility section.
 *
 * @param command the command line
 * @param gitCommit HEAD of the experiment's working directory, when it is a git checkout
 * @param gitDirty whether that checkout had uncommitted changes
 * @param specSha256 SHA-256 of the spec file, when there is one
 * @param timings seconds per stage
 */
public record Manifest(
    String schema,
    String command,
    String seedscopeVersion,
    String java,
    String os,
    String cpu,
    int cores,
    String host,
    String createdAt,
    String workingDirectory,
    String gitCommit,
    Boolean gitDirty,
    String specSha256,
    Map<String, Double> timings) {

  public static final String SCHEMA = "seedscope.manifest/1";

  /** Collects the environment of this process. */
  public static Manifest collect(
      List<String> args,
      String version,
      Path experimentDir,
      Path spec,
      Map<String, Double> timings) {
    Path dir =
        experimentDir == null ? Path.of("").toAbsolutePath() : experimentDir.toAbsolutePath();
    String commit = git(dir, "rev-parse", "HEAD");
    Boolean dirty = null;
    if (commit != null) {
      String status = git(dir, "status", "--porcelain");
      dirty = status != null && !status.isBlank();
    }
    return new Manifest(
        SCHEMA,
        "seedscope " + String.join(" ", args),
        version,
        System.getProperty("java.vendor")
            + " "
            + System.getProperty("java.runtime.version", System.getProperty("java.version")),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        hostName(),
        Instant.now().toString(),
        Path.of("").toAbsolutePath().toString(), // where the command ran; git is asked in dir
        commit,
        dirty,
        spec == null ? null : sha256(spec),
        new LinkedHashMap<>(timings));
  }

  /** The same environment with the stage timings filled in. */
  public Manifest withTimings(Map<String, Double> stageSeconds) {
    return new Manifest(
        schema,
        command,
        seedscopeVersion,
        java,
        os,
        cpu,
        cores,
        host,
        createdAt,
        workingDirectory,
        gitCommit,
        gitDirty,
        specSha256,
        new LinkedHashMap<>(stageSeconds));
  }

  /** As key/value pairs for the report. */
  public Map<String, String> asText() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("command", command);
    m.put("seedscope", seedscopeVersion);
    m.put("Java", java);
    m.put("OS", os);
    m.put("CPU", cpu + " (" + cores + " cores)");
    m.put("host", host);
    m.put("created", createdAt);
    m.put("working directory", workingDirectory);
    if (gitCommit != null) {
      m.put(
          "git commit",
          gitCommit + (Boolean.TRUE.equals(gitDirty) ? " (dirty: uncommitted changes)" : ""));
    }
    if (specSha256 != null) {
      m.put("spec SHA-256", specSha256);
    }
    return m;
  }

  private static String git(Path dir, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add("git");
    argv.add("-C");
    argv.add(dir.toString());
    argv.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(argv)
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return null;
      }
      return new String(out, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return null; // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String sha256(Path file) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(d);
    } catch (IOException | NoSuchAlgorithmException e) {
      return null;
    }
  }
}
