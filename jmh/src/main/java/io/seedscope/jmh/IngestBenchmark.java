package io.seedscope.jmh;

import io.seedscope.ingest.Format;
import io.seedscope.ingest.ImportOptions;
import io.seedscope.ingest.ImportResult;
import io.seedscope.ingest.Importers;
import io.seedscope.ingest.LongCsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Long-format CSV ingest: 10 implementations x 100 seeds x 1,000 steps = 1,000,000 rows (the
 * layout of bench/ingest_gen.py), read into runs; and the same runs written back.
 *
 * <p>Run: {@code java -jar jmh/target/benchmarks.jar IngestBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {

  private Path file;
  private ImportResult runs;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("seedscope-ingest-", ".csv");
    SplittableRandom rng = new SplittableRandom(12345);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("implementation,seed,step,return\n");
      for (int i = 0; i < 10; i++) {
        double skill = 50 + 10 * i;
        for (int seed = 0; seed < 100; seed++) {
          double level = skill + 15 * gauss(rng);
          for (int s = 1; s <= 1000; s++) {
            double value = level * (1 - Math.exp(-s / 200.0)) + 5 * gauss(rng);
            w.write(String.format(Locale.ROOT, "algo_%02d,%d,%d,%.6f%n", i, seed, s * 1000, value));
          }
        }
      }
    }
    runs = Importers.read(file, ImportOptions.defaults().withFormat(Format.LONG_CSV));
  }

  private static double gauss(SplittableRandom rng) {
    // Box-Muller; the benchmark only needs plausible numbers, not a particular sampler.
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public ImportResult readLongCsv1M() {
    return Importers.read(file, ImportOptions.defaults().withFormat(Format.LONG_CSV));
  }

  @Benchmark
  public int writeLongCsv1M() throws IOException {
    StringWriter w = new StringWriter(40 << 20);
    LongCsvWriter.write(runs.runs(), w);
    return w.getBuffer().length();
  }
}
