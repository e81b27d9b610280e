package io.seedscope.ingest;

import io.seedscope.ingest.tensorboard.EventFile;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.RunLog;
import java.io.IOException;
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
 * Reads TensorBoard scalars from {@code events.out.tfevents.*} files ({@link EventFile}); the
 * directory holding an event file is a run (CleanRL: {@code runs/ENV__EXP__SEED__TIME/}, SB3:
 * {@code logs/PPO_1/}), named by {@link RunNaming}. Every scalar tag is a metric under its own name
 * (e.g. {@code charts/episodic_return}). Several event files of one run (a restarted run) are
 * merged in file-name order; when a tag is logged twice at one step the later value wins, as
 * TensorBoard shows it, and a warning counts such points.
 */
final class TensorBoardReader {
  private TensorBoardReader() {}

  static ImportResult read(Path root, ImportOptions options) {
    List<Path> files;
    if (Files.isDirectory(root)) {
      try (Stream<Path> s = Files.walk(root)) {
        files =
            s.filter(Files::isRegularFile)
                .filter(f -> f.getFileName().toString().startsWith("events.out.tfevents"))
                .sorted()
                .collect(Collectors.toList());
      } catch (IOException e) {
        throw InputException.at(root.toString(), 0, 0, "cannot list: " + e.getMessage());
      }
      if (files.isEmpty()) {
        throw InputException.at(
            root.toString(), 0, 0, "no events.out.tfevents.* file below this directory");
      }
    } else {
      files = List.of(root);
    }
    Path base = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    RunNaming naming = new RunNaming(base, !Files.isDirectory(root), options);
    List<String> warnings = new ArrayList<>();
    Map<String, RunNaming.Name> names = new LinkedHashMap<>();
    Map<String, List<Path>> filesOf = new LinkedHashMap<>();
    int skipped = 0;
    for (Path f : files) {
      RunNaming.Name n = naming.name(f, f.toAbsolutePath().getParent());
      if (n == null) {
        skipped++;
        continue;
      }
      names.putIfAbsent(n.runPath(), n);
      filesOf.computeIfAbsent(n.runPath(), k -> new ArrayList<>()).add(f);
    }
    if (names.isEmpty()) {
      throw InputException.at(
          root.toString(),
          0,
          0,
          "no event file matches --pattern '"
              + options.pathPattern()
              + "' (e.g. "
              + files.get(0)
              + ")");
    }
    if (skipped > 0) {
      warnings.add("skipped " + skipped + " event file(s) that do not match --pattern");
    }
    naming.addWarning(warnings);
    Set<String> metricNames = new LinkedHashSet<>();
    List<RunLog> logs = new ArrayList<>();
    Path absBase = base.toAbsolutePath().normalize();
    for (Map.Entry<String, RunNaming.Name> e : names.entrySet()) {
      RunNaming.Name n = e.getValue();
      List<String> fileNames = new ArrayList<>();
      CurveBuilder curves = new CurveBuilder();
      for (Path f : filesOf.get(e.getKey())) {
        fileNames.add(f.toString());
        int fileNo = fileNames.size() - 1;
        EventFile.read(
            f, s -> curves.add(s.step(), s.tag(), s.value(), CurveBuilder.at(fileNo, s.offset())));
      }
      String rel = absBase.relativize(Path.of(n.runPath())).toString().replace('\\', '/');
      if (curves.isEmpty()) {
        warnings.add("run " + (rel.isEmpty() ? "." : rel) + " has no scalar summaries; skipped");
        continue;
      }
      GroupKey key = new GroupKey(n.implementation(), n.task(), null);
      RunLog log =
          curves.build(
              RunIds.derive(key.implementation(), key.task(), "", Long.toString(n.seed()), rel),
              key,
              n.seed(),
              CurveBuilder.Duplicates.KEEP_LAST,
              "run " + rel,
              CurveBuilder.of(fileNames, true));
      if (curves.duplicatesDropped() > 0) {
        warnings.add(
            "run "
                + (rel.isEmpty() ? "." : rel)
                + ": "
                + curves.duplicatesDropped()
                + " point(s) logged twice at one step; kept the later value");
      }
      metricNames.addAll(curves.metricNames());
      logs.add(log);
    }
    if (logs.isEmpty()) {
      throw InputException.at(root.toString(), 0, 0, "no scalar summaries in any event file");
    }
    return ImportResult.of(
        root.toString(),
        Format.TENSORBOARD,
        logs,
        warnings,
        new ArrayList<>(metricNames),
        Map.of());
  }
}
