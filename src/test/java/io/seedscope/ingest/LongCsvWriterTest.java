package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongCsvWriterTest {

  @TempDir Path dir;

  private static RunLog log(
      String id,
      String impl,
      String task,
      Map<String, String> params,
      long seed,
      long[] steps,
      Map<String, double[]> metrics) {
    return new RunLog(
        id, new GroupKey(impl, task, Config.of(params)), seed, RunStatus.OK, "", steps, metrics);
  }

  private static List<RunLog> sample() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<RunLog> runs = new ArrayList<>();
    String[] impls = {"ppo", "dqn, \"tuned\"", " spaced "};
    for (String impl : impls) {
      for (long seed = 0; seed < 3; seed++) {
        int n = 5;
        long[] steps = new long[n];
        double[] ret = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
          steps[i] = (i + 1) * 1000L;
          ret[i] = rnd.nextDouble() * 100 - 50;
          loss[i] = i == 2 ? ResultSet.MISSING : Math.exp(rnd.nextGaussian() * 10);
        }
        if (seed == 2) {
          ret[4] = Double.NaN;
          loss[3] = Double.NEGATIVE_INFINITY;
        }
        Map<String, double[]> metrics = new LinkedHashMap<>();
        metrics.put("return", ret);
        metrics.put("loss", loss);
        Map<String, String> params = new TreeMap<>();
        params.put("lr", seed == 1 ? "0.010" : "3e-4");
        params.put("note", "a;b");
        runs.add(log("r-" + impl.trim() + seed, impl, "task,1", params, seed, steps, metrics));
      }
    }
    return runs;
  }

  @Test
  void roundTripsThroughTheReader() throws IOException {
    List<RunLog> runs = sample();
    Path file = dir.resolve("out.csv");
    LongCsvWriter.write(runs, file);
    ImportResult back = Importers.read(file);
    assertEquals(Format.LONG_CSV, back.format());
    assertEquals(runs.size(), back.runs().size());
    Map<String, RunLog> byId = new TreeMap<>();
    back.runs().forEach(r -> byId.put(r.runId(), r));
    for (RunLog r : runs) {
      RunLog b = byId.get(r.runId());
      assertEquals(r.key(), b.key());
      assertEquals(r.seed(), b.seed());
      assertArrayEquals(r.steps(), b.steps());
      assertEquals(r.metrics().keySet(), b.metrics().keySet());
      for (String m : r.metrics().keySet()) {
        double[] x = r.metrics().get(m);
        double[] y = b.metrics().get(m);
        for (int i = 0; i < x.length; i++) {
          assertEquals(
              Double.doubleToRawLongBits(x[i]),
              Double.doubleToRawLongBits(y[i]),
              m + "[" + i + "]");
        }
      }
    }
  }

  @Test
  void deterministicWhateverTheInputOrder() throws IOException {
    List<RunLog> runs = sample();
    StringWriter a = new StringWriter();
    LongCsvWriter.write(runs, a);
    List<RunLog> shuffled = new ArrayList<>(runs);
    Collections.reverse(shuffled);
    StringWriter b = new StringWriter();
    LongCsvWriter.write(shuffled, b);
    assertEquals(a.toString(), b.toString());
    String[] lines = a.toString().split("\n");
    assertEquals(
        "implementation,task,seed,run,run.status,run.reason,step,param.lr,param.note,loss,return",
        lines[0]);
    assertTrue(
        lines[1].startsWith("\" spaced \",\"task,1\",1,r-spaced1,ok,,1000,0.010,\"a;b\","),
        lines[1]);
    assertTrue(a.toString().contains("\"dqn, \"\"tuned\"\"\""));
    assertTrue(a.toString().contains(",NaN\n"));
    assertTrue(a.toString().contains(",-inf,"));
  }

  @Test
  void finalValuesHaveNoStepColumn() throws IOException {
    List<RunLog> runs =
        List.of(
            log("a", "ppo", "default", Map.of(), 1, null, Map.of("return", new double[] {2.5})),
            log("b", "ppo", "default", Map.of(), 2, null, Map.of("return", new double[] {3.0})));
    StringWriter w = new StringWriter();
    LongCsvWriter.write(runs, w);
    assertEquals(
        "implementation,task,seed,run,run.status,run.reason,return\n"
            + "ppo,default,1,a,ok,,2.5\nppo,default,2,b,ok,,3.0\n",
        w.toString());
    Path file = dir.resolve("finals.csv");
    Files.writeString(file, w.toString());
    ImportResult back = Importers.read(file);
    assertEquals(2, back.runs().size());
    assertEquals(null, back.runs().get(0).steps());
  }
}
