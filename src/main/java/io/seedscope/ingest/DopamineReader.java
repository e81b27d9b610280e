package io.seedscope.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Dopamine's baseline files ({@code baselines/atari/data/GAME.json}): a JSON list of {@code
 * {"Iteration": i, "Value": v, "Agent": name}}. There is no run column: a new run of an agent
 * starts wherever its Iteration goes back to 0, and runs are numbered 0, 1, ... per agent in file
 * order (the seed). Within a run the Iteration must increase. The task is the file name without
 * {@code .json}; the metric is {@code return} at step = Iteration. A directory is read as one such
 * file per task.
 */
final class DopamineReader {
  private DopamineReader() {}

  private static final class Agent {
    final List<CurveBuilder> runs = new ArrayList<>();
    final List<Integer> runLines = new ArrayList<>();
    long last = -1;
  }

  static ImportResult read(Path path, ImportOptions options) {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        files =
            s.filter(f -> f.getFileName().toString().endsWith(".json"))
                .sorted()
                .collect(Collectors.toList());
      } catch (IOException e) {
        throw Json.io(path.toString(), e);
      }
      if (files.isEmpty()) {
        throw InputException.at(path.toString(), 0, 0, "no .json file in this directory");
      }
    } else {
      files = List.of(path);
    }
    List<RunLog> logs = new ArrayList<>();
    for (Path f : files) {
      readFile(f, options, logs);
    }
    return ImportResult.of(
        path.toString(), Format.DOPAMINE, logs, List.of(), List.of("return"), Map.of());
  }

  private static void readFile(Path f, ImportOptions options, List<RunLog> logs) {
    String file = f.toString();
    String name = f.getFileName().toString();
    String task =
        options.task() != null
            ? options.task()
            : name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    Map<String, Agent> agents = new LinkedHashMap<>();
    try (JsonParser p = Json.FACTORY.createParser(f.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw p.currentToken() == null
            ? InputException.at(file, 0, 0, "file is empty")
            : Json.error(
                file, p, "expected a JSON list of {\"Iteration\", \"Value\", \"Agent\"} objects");
      }
      int rows = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw Json.error(file, p, "expected an {\"Iteration\", \"Value\", \"Agent\"} object");
        }
        JsonLocation at = p.currentTokenLocation();
        Long iteration = null;
        Double value = null;
        String agent = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "Iteration":
              iteration = Json.integer(file, p, "Iteration");
              break;
            case "Value":
              value = Json.number(file, p, "Value");
              break;
            case "Agent":
              if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw Json.error(file, p, "Agent: " + Json.describe(p) + " is not a name");
              }
              agent = p.getText();
              break;
            default:
              p.skipChildren();
          }
        }
        String missing =
            iteration == null
                ? "Iteration"
                : value == null ? "Value" : agent == null ? "Agent" : null;
        if (missing != null) {
          throw Json.error(file, at, "object has no \"" + missing + "\"");
        }
        Agent a = agents.computeIfAbsent(agent, k -> new Agent());
        if (a.runs.isEmpty() || (iteration == 0 && a.last >= 0)) {
          a.runs.add(new CurveBuilder());
          a.runLines.add(at.getLineNr());
        } else if (iteration <= a.last) {
          throw Json.error(
              file,
              at,
              "Iteration "
                  + iteration
                  + " of agent '"
                  + agent
                  + "' follows "
                  + a.last
                  + " (a new run must start at Iteration 0)");
        }
        a.last = iteration;
        a.runs.get(a.runs.size() - 1).add(iteration, "return", value, at.getLineNr());
        rows++;
      }
      if (rows == 0) {
        throw InputException.at(file, 0, 0, "the list is empty");
      }
    } catch (JsonProcessingException e) {
      throw Json.syntax(file, e);
    } catch (IOException e) {
      throw Json.io(file, e);
    }
    agents.forEach(
        (agent, a) -> {
          for (int i = 0; i < a.runs.size(); i++) {
            GroupKey key = new GroupKey(agent, task, null);
            logs.add(
                a.runs
                    .get(i)
                    .build(
                        RunIds.derive(agent, key.task(), "", Integer.toString(i)),
                        key,
                        i,
                        CurveBuilder.Duplicates.ERROR,
                        "agent '" + agent + "' run " + i,
                        CurveBuilder.of(List.of(file), false)));
          }
        });
  }
}
