package io.seedscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.seedscope.model.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Durable run records in a results directory: one file per run, {@code records/<runId>.json}.
 *
 * <p>Why one file per run: a record is written to a temporary file in the same directory, forced to
 * disk and renamed into place, so it either exists whole or not at all — killing the harness at any
 * moment cannot leave half a record, and no lock is needed because no two writers ever write the
 * same name (run ids are unique). That is also what works on shared network filesystems with many
 * writers (Slurm array jobs), where SQLite-style file locking is not reliable; rename within one
 * directory is atomic there too.
 *
 * <p>Each file starts with a header line {@code seedscope-record sha256=<hex>} over the JSON that
 * follows, so a record damaged after it was written (a disk or copy error) is detected and reported
 * by its run id instead of being used.
 */
public final class RunStore {

  private static final String HEADER = "seedscope-record sha256=";
  private final Path dir;
  private final Path records;
  private final boolean sync;
  // Whether records/ is known to exist: checking it for every record costs a failed mkdir and an
  // exception per run.
  private volatile boolean recordsDirExists;

  /**
   * A store for reading, or for writing records that survive a killed harness (not a power loss;
   * see {@link #RunStore(Path, boolean)}).
   */
  public RunStore(Path dir) {
    this(dir, false);
  }

  /**
   * @param sync force each record to stable storage (fsync) before it counts as written; without it
   *     a record still survives any crash of the harness itself (the rename is atomic and the data
   *     is in the OS's page cache), just not a crash of the machine
   */
  public RunStore(Path dir, boolean sync) {
    this.sync = sync;
    this.dir = dir;
    this.records = dir.resolve("records");
  }

  public Path dir() {
    return dir;
  }

  /** Where a run keeps its working directory and output: {@code runs/<runId>/}. */
  public Path runDir(String runId) {
    return dir.resolve("runs").resolve(runId);
  }

  /** True when the directory holds at least one record. */
  public boolean hasRecords() {
    if (!Files.isDirectory(records)) {
      return false;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(records, "*.json")) {
      return ds.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes a record atomically; after this returns the record survives a crash. */
  public void write(RunRecord record) throws IOException {
    if (!recordsDirExists) {
      Files.createDirectories(records);
      recordsDirExists = true;
    }
    byte[] body = RecordJson.write(record);
    byte[] header = (HEADER + sha256(body) + "\n").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer whole =
        ByteBuffer.allocate(header.length + body.length).put(header).put(body).flip();
    Path target = records.resolve(record.runId() + ".json");
    Path tmp =
        records.resolve(
            ".tmp-"
                + record.runId()
                + "-"
                + ProcessHandle.current().pid()
                + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    try (FileChannel ch =
        FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      while (whole.hasRemaining()) {
        ch.write(whole); // one system call for a record, in practice
      }
      if (sync) {
        ch.force(true);
      }
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("the filesystem of " + records + " cannot rename atomically", e);
    }
    if (sync) {
      forceDirectory(records);
    }
  }

  /** What loading a results directory found: good records and the ids of damaged ones. */
  public record Loaded(Map<String, RunRecord> records, List<String> corrupted) {}

  /** Reads every record; damaged ones are listed by run id, never returned. */
  public Loaded load() {
    Map<String, RunRecord> out = new TreeMap<>();
    List<String> corrupted = new ArrayList<>();
    if (!Files.isDirectory(records)) {
      return new Loaded(out, corrupted);
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(records, "*.json")) {
      for (Path file : ds) {
        String name = file.getFileName().toString();
        String runId = name.substring(0, name.length() - ".json".length());
        RunRecord r = readOne(file);
        if (r == null || !r.runId().equals(runId)) {
          corrupted.add(runId);
        } else {
          out.put(runId, r);
        }
      }
    } catch (IOException e) {
      throw new InputException(records + ": cannot list run records: " + e.getMessage(), e);
    }
    corrupted.sort(null);
    return new Loaded(out, corrupted);
  }

  /** Moves a damaged record aside (to {@code records/corrupt/}) so that the run can be redone. */
  public Path quarantine(String runId) throws IOException {
    Path corruptDir = records.resolve("corrupt");
    Files.createDirectories(corruptDir);
    Path target = corruptDir.resolve(runId + ".json." + System.currentTimeMillis());
    Files.move(records.resolve(runId + ".json"), target);
    return target;
  }

  private RunRecord readOne(Path file) {
    try {
      byte[] all = Files.readAllBytes(file);
      int nl = indexOf(all, (byte) '\n');
      if (nl < 0) {
        return null;
      }
      String header = new String(all, 0, nl, StandardCharsets.US_ASCII);
      if (!header.startsWith(HEADER)) {
        return null;
      }
      byte[] body = java.util.Arrays.copyOfRange(all, nl + 1, all.length);
      if (!header.substring(HEADER.length()).equals(sha256(body))) {
        return null;
      }
      RunRecord r = RecordJson.reader().readValue(body, RunRecord.class);
      return isWhole(r) ? r : null;
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Whether a record that parsed (its checksum matched, so it was written or rewritten as it is)
   * holds what the analysis relies on: a record edited by hand or by another tool can lack a field
   * that every record seedscope writes has, and would otherwise fail far from here.
   */
  static boolean isWhole(RunRecord r) {
    if (r == null
        || isBlank(r.runId())
        || isBlank(r.implementation())
        || r.status() == null
        || r.config().containsValue(null)) {
      return false;
    }
    List<Long> steps = r.steps();
    if (steps != null) {
      for (int i = 0; i < steps.size(); i++) {
        // RunLog's contract: strictly increasing steps, every metric aligned with them.
        if (steps.get(i) == null || (i > 0 && steps.get(i) <= steps.get(i - 1))) {
          return false;
        }
      }
    }
    for (List<Double> values : r.metrics().values()) {
      if (values == null || (steps != null && values.size() != steps.size())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static int indexOf(byte[] a, byte b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static void forceDirectory(Path d) {
    // Makes the rename itself durable on Linux; not supported everywhere, hence best effort.
    try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
