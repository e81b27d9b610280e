package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gate and reproduce honour --exclude-outliers as analyze does (they once accepted and ignored it).
 */
class ExcludeOutliersEndToEndTest {
  @TempDir Path dir;

  /** ppo: 19 seeds at 1000 +- 2k and seed 19 at -5000, which drags the mean and the CV. */
  private Path csv() throws Exception {
    StringBuilder sb = new StringBuilder("implementation,seed,return\n");
    for (int s = 0; s < 19; s++) {
      sb.append("ppo,").append(s).append(',').append(1000 + 2 * (s - 9)).append('\n');
    }
    sb.append("ppo,19,-5000\n");
    Path p = dir.resolve("outlier.csv");
    Files.writeString(p, sb.toString());
    return p;
  }

  @Test
  void gateLeavesTheOutlyingSeedOut() throws Exception {
    Path csv = csv();
    Cli.Result with = Cli.run("gate", csv.toString(), "--max-cv", "0.1");
    assertEquals(1, with.code(), with.all());
    Cli.Result without = Cli.run("gate", csv.toString(), "--max-cv", "0.1", "--exclude-outliers");
    assertEquals(0, without.code(), without.all());
    assertTrue(without.err().contains("1 outlying seed(s) (1 run(s)) are left out"), without.all());
    // Rules on runs still see every run: the outlying seed was run, so 20 seeds pass minSeeds 20.
    Cli.Result seeds =
        Cli.run(
            "gate", csv.toString(), "--min-seeds", "20", "--max-cv", "0.1", "--exclude-outliers");
    assertEquals(0, seeds.code(), seeds.all());
  }

  /**
   * A seed whose repeats disagree badly has an outlying mean; the determinism rule still sees it.
   */
  @Test
  void gateDeterminismStillSeesTheOutlyingSeed() throws Exception {
    StringBuilder sb = new StringBuilder("implementation,seed,run,return\n");
    for (int s = 0; s < 10; s++) {
      sb.append("ppo,").append(s).append(",r").append(s).append("a,").append(1000 + s).append('\n');
      sb.append("ppo,").append(s).append(",r").append(s).append("b,").append(1000 + s).append('\n');
    }
    sb.append("ppo,10,r10a,1000\nppo,10,r10b,-11000\n");
    Path csv = dir.resolve("repeats.csv");
    Files.writeString(csv, sb.toString());
    Cli.Result r = Cli.run("gate", csv.toString(), "--determinism", "0", "--exclude-outliers");
    assertEquals(1, r.code(), r.all());
  }

  @Test
  void reproduceLeavesTheOutlyingSeedOut() throws Exception {
    Path csv = csv();
    String claim = "mean=1000,std=6,n=19,implementation=ppo";
    Cli.Result with = Cli.run("reproduce", csv.toString(), "--claim", claim);
    // With the outlier: mean 700, sd about 1,350, so the claim cannot be confirmed (3).
    assertEquals(3, with.code(), with.all());
    Cli.Result without =
        Cli.run("reproduce", csv.toString(), "--claim", claim, "--exclude-outliers");
    assertEquals(0, without.code(), without.all());
    assertTrue(without.err().contains("are left out of the statistics"), without.all());
  }
}
