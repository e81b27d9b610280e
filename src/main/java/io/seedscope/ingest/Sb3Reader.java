package io.seedscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Stable-Baselines3 logs, one directory per run: {@code monitor.csv} files (a {@code
 * #{"t_start": ..., "env_id": ...}} line, then {@code r,l,t} per episode) and the logger's {@code
 * progress.csv}.
 *
 * <p>Monitor files give the metric {@code return}: episode return {@code r} at step = the
 * cumulative episode length {@code l}. Several monitor files in one run (one per environment of a
 * vectorised env) are merged by episode end time {@code t_start + t} before the lengths are summed,
 * as SB3's own {@code load_results}/{@code ts2xy} do. {@code progress.csv} gives every numeric
 * column as a metric under its own name (e.g. {@code rollout/ep_rew_mean}) at step {@code
 * time/total_timesteps}; rows at the same step are merged, but one metric twice at one step is an
 * error. The task is the pattern's {@code {task}}, else {@code --task}, else the monitor's {@code
 * env_id}.
 */
final class Sb3Reader {

  static final String STEP = "time/total_timesteps";

  private Sb3Reader() {}

  private static final class RunFiles {
    RunNaming.Name name;
    final List<Path> monitors = new ArrayList<>();
    final List<Path> progress = new ArrayList<>();
  }

  private record Episode(double time, double ret, long length, long where) {}

  static boolean isMonitor(String fileName) {
    return fileName.equals("monitor.csv") || fileName.endsWith(".monitor.csv");
  }

  static ImportResult read(Path root, ImportOptions options) {
    List<Path> files;
    if (Files.isDirectory(root)) {
      try (Stream<Path> s = Files.walk(root)) {
        files =
            s.filter(Files::isRegularFile)
                .filter(
                    f -> {
                      String n = f.getFileName().toString();
                      return isMonitor(n) || n.equals("progress.csv");
                    })
                .sorted()
                .collect(Collectors.toList());
      } catch (IOException e) {
        throw InputException.at(root.toString(), 0, 0, "cannot list: " + e.getMessage());
      }
      if (files.isEmpty()) {
        throw InputException.at(
            root.toString(), 0, 0, "no monitor.csv or progress.csv below this directory");
      }
    } else {
      files = List.of(root);
    }
    List<String> warnings = new ArrayList<>();
    // Absolute first: a bare file name ("monitor.csv") has no parent of its own.
    Path base =
        (Files.isDirectory(root) ? root : root.toAbsolutePath().getParent())
            .toAbsolutePath()
            .normalize();
    RunNaming naming = new RunNaming(base, options);
    Map<String, RunFiles> runs = new LinkedHashMap<>();
    List<Path> skipped = new ArrayList<>();
    for (Path f : files) {
      Path dir = f.toAbsolutePath().getParent();
      RunNaming.Name name = naming.name(f, dir);
      if (name == null) {
        skipped.add(f);
        continue;
      }
      RunFiles rf = runs.computeIfAbsent(name.runPath(), k -> new RunFiles());
      rf.name = name;
      if (isMonitor(f.getFileName().toString())) {
        rf.monitors.add(f);
      } else {
        rf.progress.add(f);
      }
    }
    if (runs.isEmpty()) {
      throw InputException.at(
          root.toString(),
          0,
          0,
          "no file matches --pattern '"
              + options.pathPattern()
              + "' (e.g. "
              + skipped.get(0)
              + ")");
    }
    if (!skipped.isEmpty()) {
      warnings.add(
          "skipped "
              + skipped.size()
              + " file(s) that do not match --pattern (e.g. "
              + skipped.get(0)
              + ")");
    }
    naming.addWarning(warnings);
    Set<String> metricNames = new LinkedHashSet<>();
    Map<String, String> ignored = new TreeMap<>();
    List<RunLog> logs = new ArrayList<>();
    for (RunFiles rf : runs.values()) {
      List<String> names = new ArrayList<>();
      CurveBuilder curves = new CurveBuilder();
      String envId = readMonitors(rf.monitors, names, curves);
      for (Path p : rf.progress) {
        names.add(p.toString());
        readProgress(p, names.size() - 1, curves, ignored);
      }
      String task = rf.name.task() != null ? rf.name.task() : envId;
      GroupKey key = RunRows.key(rf.name.implementation(), task, Map.of());
      String rel = base.relativize(Path.of(rf.name.runPath())).toString().replace('\\', '/');
      String id =
          RunIds.derive(key.implementation(), key.task(), "", Long.toString(rf.name.seed()), rel);
      String label = "run " + (rel.isEmpty() ? "." : rel);
      RunLog log =
          curves.build(
              id,
              key,
              rf.name.seed(),
              CurveBuilder.Duplicates.ERROR,
              label,
              CurveBuilder.of(names, false));
      metricNames.addAll(curves.metricNames());
      logs.add(log);
    }
    ignored.keySet().removeAll(metricNames);
    ignored.forEach((k, v) -> warnings.add("ignoring non-numeric column '" + k + "' (" + v + ")"));
    return ImportResult.of(
        root.toString(), Format.SB3, logs, warnings, new ArrayList<>(metricNames), ignored);
  }

  /** Reads a run's monitor files into {@code return}; returns the env_id, or null. */
  private static String readMonitors(List<Path> files, List<String> names, CurveBuilder out) {
    if (files.isEmpty()) {
      return null;
    }
    String envId = null;
    List<Episode> episodes = new ArrayList<>();
    for (Path f : files) {
      names.add(f.toString());
      int fileNo = names.size() - 1;
      byte[] data = CsvTokenizer.readAll(f);
      int offset = 0;
      long line = 1;
      double tStart = 0;
      if (data.length > 0 && data[0] == '#') {
        int nl = 0;
        while (nl < data.length && data[nl] != '\n') {
          nl++;
        }
        String json = new String(data, 1, nl - 1, StandardCharsets.UTF_8).strip();
        try {
          JsonNode header = new ObjectMapper().readTree(json);
          tStart = header.path("t_start").asDouble(0);
          if (header.hasNonNull("env_id") && envId == null) {
            envId = header.get("env_id").asText();
          }
        } catch (IOException e) {
          throw InputException.at(f.toString(), 1, 2, "the #{...} header is not JSON");
        }
        offset = Math.min(nl + 1, data.length);
        line = 2;
      }
      CsvTokenizer csv = CsvTokenizer.of(data, offset, line, f.toString());
      csv.next();
      int r = -1;
      int l = -1;
      int t = -1;
      List<String> header = new ArrayList<>();
      for (int i = 0; i < csv.count(); i++) {
        String h = csv.text(i).strip();
        header.add(h);
        r = h.equals("r") ? i : r;
        l = h.equals("l") ? i : l;
        t = h.equals("t") ? i : t;
      }
      if (r < 0 || l < 0) {
        throw InputException.at(
            f.toString(),
            csv.line(),
            0,
            "no '"
                + (r < 0 ? "r" : "l")
                + "' column in this monitor file; columns: "
                + String.join(", ", header));
      }
      int width = csv.count();
      while (csv.next()) {
        csv.requireFieldCount(width);
        double ret = cell(csv, r, "r");
        long len = Numbers.parseInteger(csv.buffer(), csv.start(l), csv.end(l));
        if (len == Numbers.NOT_AN_INTEGER || len < 0) {
          throw csv.error(l, "column 'l': '" + csv.text(l) + "' is not an episode length");
        }
        double time = t >= 0 ? cell(csv, t, "t") : episodes.size();
        episodes.add(new Episode(tStart + time, ret, len, CurveBuilder.at(fileNo, csv.line())));
      }
    }
    episodes.sort(Comparator.comparingDouble(Episode::time));
    long step = 0;
    for (Episode e : episodes) {
      step += e.length();
      out.add(step, "return", e.ret(), e.where());
    }
    return envId;
  }

  private static double cell(CsvTokenizer csv, int field, String name) {
    double v = csv.number(field);
    if (Numbers.isNotANumber(v) || ResultSet.isMissing(v)) {
      throw csv.error(field, "column '" + name + "': '" + csv.text(field) + "' is not a number");
    }
    return v;
  }

  private static void readProgress(
      Path f, int fileNo, CurveBuilder out, Map<String, String> ignored) {
    CsvTokenizer csv = CsvTokenizer.open(f);
    csv.next();
    int width = csv.count();
    String[] names = new String[width];
    int step = -1;
    for (int i = 0; i < width; i++) {
      names[i] = csv.text(i).strip();
      if (names[i].equals(STEP)) {
        step = i;
      }
    }
    if (step < 0) {
      throw InputException.at(
          f.toString(),
          csv.line(),
          0,
          "no '" + STEP + "' column; columns: " + String.join(", ", names));
    }
    boolean[] text = new boolean[width];
    boolean[] numeric = new boolean[width];
    while (csv.next()) {
      csv.requireFieldCount(width);
      if (csv.isEmpty(step)) {
        continue; // a dump without a step: nothing to place on the curve
      }
      long s = Numbers.parseInteger(csv.buffer(), csv.start(step), csv.end(step));
      if (!Numbers.isInteger(s, csv.buffer(), csv.start(step), csv.end(step))) {
        throw csv.error(step, "column '" + STEP + "': '" + csv.text(step) + "' is not a step");
      }
      for (int i = 0; i < width; i++) {
        if (i == step || text[i] || names[i].isEmpty()) {
          continue;
        }
        double v = csv.number(i);
        if (ResultSet.isMissing(v)) {
          continue;
        }
        if (Numbers.isNotANumber(v)) {
          if (!numeric[i]) {
            text[i] = true;
            ignored.putIfAbsent(
                names[i], f + ":" + csv.line() + ":" + (i + 1) + ": '" + csv.text(i) + "'");
            continue;
          }
          throw csv.error(i, "column '" + names[i] + "': '" + csv.text(i) + "' is not a number");
        }
        numeric[i] = true;
        out.add(s, names[i], v, CurveBuilder.at(fileNo, csv.line()));
      }
    }
  }
}
