package io.seedscope.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads score matrices as rliable's notebooks keep them, in JSON. Two shapes per algorithm:
 *
 * <ul>
 *   <li>{@code {"algorithm": {"task": [...]}}}: each task holds one entry per run; an entry is a
 *       number (the run's final score) or a list (its curve over evaluation points 0, 1, ...).
 *   <li>{@code {"algorithm": [[...], ...]}}: rliable's {@code score_dict} arrays, runs x tasks
 *       (final scores) or runs x tasks x points (curves); tasks are named {@code task_0}, ...
 * </ul>
 *
 * The seed of a run is its index in the list; the metric is {@code score}. {@code null} is a
 * missing value, {@code NaN}/{@code Infinity} are kept (a diverged run).
 */
final class ScoreMatrixReader {
  static final String METRIC = "score";

  private ScoreMatrixReader() {}

  /** A JSON list read with its location: items are Double or Node. */
  private record Node(List<Object> items, JsonLocation at) {
    boolean allNumbers() {
      return items.stream().allMatch(o -> o instanceof Double);
    }
  }

  static ImportResult read(Path path, ImportOptions options) {
    String file = path.toString();
    List<RunLog> logs = new ArrayList<>();
    try (JsonParser p = Json.FACTORY.createParser(path.toFile())) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw InputException.at(file, 0, 0, "file is empty");
      }
      if (t != JsonToken.START_OBJECT) {
        throw Json.error(file, p, "expected an object {\"algorithm\": {\"task\": [runs]}}");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String algo = p.currentName();
        t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String task = p.currentName();
            if (p.nextToken() != JsonToken.START_ARRAY) {
              throw Json.error(
                  file, p, "task '" + task + "' of '" + algo + "': expected a list of runs");
            }
            Node runs = list(file, p);
            for (int i = 0; i < runs.items().size(); i++) {
              logs.add(run(file, algo, task, i, runs.items().get(i), runs.at()));
            }
          }
        } else if (t == JsonToken.START_ARRAY) {
          Node runs = list(file, p);
          matrix(file, algo, runs, logs);
        } else {
          throw Json.error(
              file, p, "'" + algo + "': expected {\"task\": [runs]} or a runs x tasks list");
        }
      }
    } catch (JsonProcessingException e) {
      throw Json.syntax(file, e);
    } catch (IOException e) {
      throw Json.io(file, e);
    }
    if (logs.isEmpty()) {
      throw InputException.at(file, 0, 0, "no runs in this score matrix");
    }
    return ImportResult.of(file, Format.SCORE_MATRIX, logs, List.of(), List.of(METRIC), Map.of());
  }

  private static void matrix(String file, String algo, Node runs, List<RunLog> logs) {
    int tasks = -1;
    for (int r = 0; r < runs.items().size(); r++) {
      Object row = runs.items().get(r);
      if (!(row instanceof Node)) {
        throw Json.error(
            file, runs.at(), "'" + algo + "': run " + r + " is a number, expected a list of tasks");
      }
      Node tasksOfRun = (Node) row;
      if (tasks >= 0 && tasksOfRun.items().size() != tasks) {
        throw Json.error(
            file,
            tasksOfRun.at(),
            "'"
                + algo
                + "': run "
                + r
                + " has "
                + tasksOfRun.items().size()
                + " tasks, run 0 has "
                + tasks);
      }
      tasks = tasksOfRun.items().size();
      for (int k = 0; k < tasks; k++) {
        logs.add(run(file, algo, "task_" + k, r, tasksOfRun.items().get(k), tasksOfRun.at()));
      }
    }
  }

  private static RunLog run(
      String file, String algo, String task, int seed, Object entry, JsonLocation at) {
    GroupKey key = new GroupKey(algo, task, null);
    String id = RunIds.derive(algo, key.task(), "", Integer.toString(seed));
    if (entry instanceof Double) {
      return new RunLog(
          id, key, seed, RunStatus.OK, "", null, Map.of(METRIC, new double[] {(Double) entry}));
    }
    Node curve = (Node) entry;
    if (!curve.allNumbers()) {
      throw Json.error(
          file,
          curve.at(),
          "'" + algo + "' / '" + task + "' run " + seed + ": a curve must be a list of numbers");
    }
    int n = curve.items().size();
    long[] steps = new long[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      steps[i] = i;
      values[i] = (Double) curve.items().get(i);
    }
    Map<String, double[]> metrics = new LinkedHashMap<>();
    metrics.put(METRIC, values);
    return new RunLog(id, key, seed, RunStatus.OK, "", steps, metrics);
  }

  /** Reads the list whose START_ARRAY is the current token. */
  private static Node list(String file, JsonParser p) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    List<Object> items = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.START_ARRAY) {
        items.add(list(file, p));
      } else {
        items.add(Json.number(file, p, "score"));
      }
    }
    return new Node(items, at);
  }
}
