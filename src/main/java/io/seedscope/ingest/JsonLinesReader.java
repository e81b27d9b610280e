package io.seedscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the metric protocol as captured from any program's output: JSON objects, one per line, such
 * as {@code {"step": 1000, "return": 87.5}}. Every other line (log text, progress bars, lines that
 * are not a JSON object) is skipped and counted in a warning.
 *
 * <p>On a line, {@code step} is the step, {@code seed}, {@code implementation} and {@code task}
 * name the run (roles can be renamed with {@link ImportOptions#columns()}), and every other numeric
 * field is a metric; strings, booleans and nested values are ignored. What a line does not say
 * comes from the path ({@link RunNaming}: the user's pattern, else the file name). A run whose
 * lines have no step has final values only (one line per metric value). In a run that has steps,
 * lines without a step after its last stepped line are its last points (the last step + 1, + 2,
 * ...), as the live metrics protocol reads a final summary; other lines without a step (before the
 * first stepped line, or between two) are skipped with a warning.
 */
final class JsonLinesReader {
  private JsonLinesReader() {}

  private static final class Run {
    final String implementation;
    final String task;
    final long seed;
    final CurveBuilder curves = new CurveBuilder();
    final Map<String, double[]> finals = new LinkedHashMap<>();
    final Map<String, Long> finalLines = new LinkedHashMap<>();
    // The step of this run's last stepped line.
    Long lastStep;
    // Lines without a step since the last stepped line: if no stepped line follows, they are the
    // run's last points (steps lastStep + 1, + 2, ...); if one does, they are skipped.
    final List<Trailing> trailing = new ArrayList<>();

    Run(String implementation, String task, long seed) {
      this.implementation = implementation;
      this.task = task;
      this.seed = seed;
    }
  }

  private record RunKey(String file, String implementation, String task, long seed) {}

  /** A line without a step after a stepped line of the same run. */
  private record Trailing(Map<String, Object> fields, long where) {}

  static ImportResult read(Path root, ImportOptions options) {
    List<Path> files;
    if (Files.isDirectory(root)) {
      try (Stream<Path> s = Files.walk(root)) {
        files =
            s.filter(Files::isRegularFile)
                .filter(
                    f -> {
                      String n = f.getFileName().toString();
                      return n.endsWith(".jsonl") || n.endsWith(".ndjson");
                    })
                .sorted()
                .collect(Collectors.toList());
      } catch (IOException e) {
        throw Json.io(root.toString(), e);
      }
      if (files.isEmpty()) {
        throw InputException.at(root.toString(), 0, 0, "no .jsonl file below this directory");
      }
    } else {
      files = List.of(root);
    }
    Path base = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    RunNaming naming = new RunNaming(base, !Files.isDirectory(root), options);
    Map<String, String> roles = new LinkedHashMap<>();
    for (String role : List.of("step", "seed", "implementation", "task")) {
      roles.put(options.columns().getOrDefault(role, role), role);
    }
    List<String> warnings = new ArrayList<>();
    Map<RunKey, Run> runs = new LinkedHashMap<>();
    Set<String> metricNames = new LinkedHashSet<>();
    List<String> fileNames = new ArrayList<>();
    long skipped = 0;
    String firstSkipped = null;
    long steplessSkipped = 0;
    for (Path f : files) {
      String file = f.toString();
      fileNames.add(file);
      int fileNo = fileNames.size() - 1;
      RunNaming.Name[] fromPath = new RunNaming.Name[1];
      boolean matched = true;
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        long lineNo = 0;
        long objects = 0;
        while ((line = in.readLine()) != null) {
          lineNo++;
          String s = line.strip();
          if (!s.startsWith("{") || !s.endsWith("}")) {
            if (!s.isEmpty()) {
              skipped++;
              firstSkipped = firstSkipped == null ? file + ":" + lineNo : firstSkipped;
            }
            continue;
          }
          Map<String, Object> fields = parse(file, lineNo, line, roles);
          if (fields == null) {
            skipped++;
            firstSkipped = firstSkipped == null ? file + ":" + lineNo : firstSkipped;
            continue;
          }
          objects++;
          Object impl = fields.remove("\0implementation");
          Object task = fields.remove("\0task");
          Object seed = fields.remove("\0seed");
          Object step = fields.remove("\0step");
          if (impl == null || seed == null) {
            if (fromPath[0] == null && matched) {
              fromPath[0] = naming.name(f, f);
              matched = fromPath[0] != null;
            }
            if (fromPath[0] == null) {
              throw InputException.at(
                  file,
                  lineNo,
                  0,
                  "line has no '"
                      + (seed == null ? "seed" : "implementation")
                      + "' and the file does not match --pattern '"
                      + options.pathPattern()
                      + "'");
            }
          }
          String implName = impl != null ? (String) impl : fromPath[0].implementation();
          String taskName =
              task != null
                  ? (String) task
                  : fromPath[0] != null ? fromPath[0].task() : options.task();
          long seedValue = seed != null ? (Long) seed : fromPath[0].seed();
          Run run =
              runs.computeIfAbsent(
                  new RunKey(file, implName, taskName, seedValue),
                  k -> new Run(implName, taskName, seedValue));
          long where = CurveBuilder.at(fileNo, lineNo);
          if (step == null && run.lastStep != null && !fields.isEmpty()) {
            // Held back: a summary printed after the curve becomes its last point at the end,
            // as 'run' reads a live run's stdout.
            metricNames.addAll(fields.keySet());
            run.trailing.add(new Trailing(fields, where));
            continue;
          }
          if (step != null && !fields.isEmpty()) {
            for (Trailing t : run.trailing) {
              steplessSkipped += t.fields().size(); // between stepped lines: skipped
            }
            run.trailing.clear();
            run.lastStep = (Long) step;
          }
          for (Map.Entry<String, Object> e : fields.entrySet()) {
            double v = (Double) e.getValue();
            metricNames.add(e.getKey());
            if (step != null) {
              run.curves.add((Long) step, e.getKey(), v, where);
            } else {
              Long prev = run.finalLines.put(e.getKey(), lineNo);
              if (prev != null) {
                throw InputException.at(
                    file,
                    lineNo,
                    0,
                    "second value of '"
                        + e.getKey()
                        + "' without a step (also at line "
                        + prev
                        + ")");
              }
              run.finals.put(e.getKey(), new double[] {v});
            }
          }
        }
        if (objects == 0) {
          warnings.add(file + ": no JSON object lines");
        }
      } catch (IOException e) {
        throw Json.io(file, e);
      }
    }
    naming.addWarning(warnings);
    if (skipped > 0) {
      warnings.add(
          "skipped "
              + skipped
              + " line(s) that are not JSON objects (first at "
              + firstSkipped
              + ")");
    }
    if (runs.isEmpty()) {
      throw InputException.at(root.toString(), 0, 0, "no JSON object line with a metric found");
    }
    List<RunLog> logs = new ArrayList<>();
    for (Map.Entry<RunKey, Run> e : runs.entrySet()) {
      Run r = e.getValue();
      GroupKey key = new GroupKey(r.implementation, r.task, null);
      String rel =
          base.toAbsolutePath()
              .normalize()
              .relativize(Path.of(e.getKey().file()).toAbsolutePath().normalize())
              .toString();
      String id = RunIds.derive(key.implementation(), key.task(), "", Long.toString(r.seed), rel);
      if (r.curves.isEmpty()) {
        logs.add(new RunLog(id, key, r.seed, RunStatus.OK, "", null, r.finals));
      } else {
        steplessSkipped += r.finals.size();
        long next = r.lastStep;
        for (Trailing t : r.trailing) {
          if (next == Long.MAX_VALUE) {
            steplessSkipped += t.fields().size(); // no step left to give it
            continue;
          }
          next++;
          for (Map.Entry<String, Object> f : t.fields().entrySet()) {
            r.curves.add(next, f.getKey(), (Double) f.getValue(), t.where());
          }
        }
        logs.add(
            r.curves.build(
                id,
                key,
                r.seed,
                CurveBuilder.Duplicates.ERROR,
                "implementation '" + r.implementation + "', seed " + r.seed,
                CurveBuilder.of(fileNames, false)));
      }
    }
    if (steplessSkipped > 0) {
      warnings.add(
          "skipped " + steplessSkipped + " value(s) without a step in runs that have steps");
    }
    return ImportResult.of(
        root.toString(), Format.JSONL, logs, warnings, new ArrayList<>(metricNames), Map.of());
  }

  /**
   * The fields of one line: metrics by name (Double), and the roles under {@code "\0role"} (step
   * and seed as Long, names as String); null when the line is not a JSON object.
   */
  private static Map<String, Object> parse(
      String file, long lineNo, String line, Map<String, String> roleNames) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    try (JsonParser p = Json.FACTORY.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        int column = p.currentTokenLocation().getColumnNr();
        String role = roleNames.get(name);
        if (role != null) {
          if (role.equals("step") || role.equals("seed")) {
            if (t == JsonToken.VALUE_NULL) {
              continue;
            }
            try {
              out.put("\0" + role, Json.integer(file, p, name));
            } catch (InputException e) {
              throw InputException.at(
                  file, lineNo, column, name + ": " + Json.describe(p) + " is not an integer");
            }
          } else {
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
              throw InputException.at(
                  file, lineNo, column, name + ": " + Json.describe(p) + " is not a name");
            }
            out.put("\0" + role, p.getText());
          }
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          out.put(name, p.getDoubleValue());
        } else if (t == JsonToken.VALUE_STRING) {
          double v = Numbers.parse(p.getText());
          // "NaN"/"inf" as strings are metric values; other strings are labels.
          if (!Numbers.isNotANumber(v) && !ResultSet.isMissing(v) && !Double.isFinite(v)) {
            out.put(name, v);
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return null;
      }
    } catch (JsonProcessingException e) {
      return null;
    }
    return out;
  }
}
