import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The least any JVM harness can do for seedscope's contract, as a floor for bench/overhead.sh: per
 * run, create its working directory, start the command with stdout and stderr to files there (vfork,
 * as seedscope does), wait, and write a small record to a temporary file renamed into place. No spec,
 * no parsing, no checksums, no JSON library: what is left is the JVM and the operating system.
 *
 * <p>Usage: {@code java bench/HarnessFloor.java OUT_DIR RUNS WORKERS [--no-files]}; with {@code
 * --no-files} output is discarded and nothing is written (only the JVM's cost of starting
 * processes).
 */
public class HarnessFloor {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    int workers = Integer.parseInt(args[2]);
    boolean files = !(args.length > 3 && args[3].equals("--no-files"));
    Path records = out.resolve("records");
    Files.createDirectories(records);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<Integer>> done = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      int seed = i;
      done.add(
          pool.submit(
              () -> {
                ProcessBuilder pb = new ProcessBuilder("echo", "{\"return\": " + seed + "}");
                if (files) {
                  Path dir = Files.createDirectories(out.resolve("runs").resolve("r" + seed));
                  pb.directory(dir.toFile());
                  pb.redirectOutput(dir.resolve("stdout.log").toFile());
                  pb.redirectError(dir.resolve("stderr.log").toFile());
                } else {
                  pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
                  pb.redirectError(ProcessBuilder.Redirect.DISCARD);
                }
                int code = pb.start().waitFor();
                if (files) {
                  Path tmp = records.resolve(".tmp-" + seed);
                  Files.write(tmp, ("{\"seed\":" + seed + ",\"exit\":" + code + "}").getBytes(StandardCharsets.UTF_8));
                  Files.move(tmp, records.resolve(seed + ".json"), StandardCopyOption.ATOMIC_MOVE);
                }
                return code;
              }));
    }
    for (Future<Integer> f : done) {
      f.get();
    }
    pool.shutdown();
    System.err.printf("%d runs, %d workers: %.3f s inside the JVM%n", runs, workers, (System.nanoTime() - t0) / 1e9);
  }
}
