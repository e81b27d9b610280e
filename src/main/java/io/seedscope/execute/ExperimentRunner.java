package io.seedscope.execute;

import io.seedscope.model.InputException;
import io.seedscope.model.RunStatus;
import io.seedscope.plan.Plan;
import io.seedscope.plan.Trial;
import io.seedscope.spec.Implementation;
import io.seedscope.spec.Spec;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a spec's plan into a results directory: skips what is already recorded (resume), runs the
 * rest with the given executor, and makes every outcome durable as soon as it arrives.
 */
public final class ExperimentRunner {

  /** Statuses a rerun of failures ({@code --rerun-failed}) runs again. */
  public static final Set<RunStatus> FAILED_STATUSES =
      EnumSet.of(RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.NO_METRIC);

  /**
   * What {@link #run} did.
   *
   * @param firstFailure the first run of this execution that ended neither OK nor cancelled, or
   *     null when none did
   */
  public record Summary(
      int planned,
      int alreadyDone,
      int executed,
      int ok,
      int notOk,
      int cancelled,
      List<String> corrupted,
      TrialOutcome firstFailure) {}

  private final RunStore store;
  private final PrintStream log;

  public ExperimentRunner(RunStore store, PrintStream log) {
    this.store = store;
    this.log = log;
  }

  /** Trials of the plan still to run, given what the store holds. */
  public List<Trial> pending(
      Plan plan, boolean resume, boolean rerunFailed, List<String> corruptedOut) {
    RunStore.Loaded loaded = store.load();
    corruptedOut.addAll(loaded.corrupted());
    Map<String, RunRecord> have = loaded.records();
    if (!have.isEmpty() && !resume && !rerunFailed) {
      throw new InputException(
          store.dir()
              + ": already holds "
              + have.size()
              + " run records; pass --resume to run only what is missing, --rerun-failed to"
              + " retry failures, or choose another --out");
    }
    List<Trial> todo = new ArrayList<>();
    for (Trial t : plan.trials()) {
      RunRecord r = have.get(t.runId());
      boolean done =
          r != null
              && r.status() != RunStatus.CANCELLED
              && !(rerunFailed && FAILED_STATUSES.contains(r.status()));
      if (!done) {
        todo.add(t);
      }
    }
    return todo;
  }

  /**
   * Executes the pending trials. Damaged records are moved aside and their runs redone, each
   * reported by run id.
   */
  public Summary run(
      Plan plan,
      Executor executor,
      boolean resume,
      boolean rerunFailed,
      Cancellation cancel,
      Executor.ExecutionListener progress)
      throws InterruptedException {
    List<String> corrupted = new ArrayList<>();
    List<Trial> todo = pending(plan, resume, rerunFailed, corrupted);
    for (String id : corrupted) {
      try {
        Path moved = store.quarantine(id);
        log.println(
            "warning: run "
                + id
                + ": its record is damaged; moved to "
                + moved
                + " and the run is redone");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!corrupted.isEmpty()) {
      todo = pending(plan, true, rerunFailed, new ArrayList<>());
    }
    int[] counts = new int[3]; // ok, not ok, cancelled
    TrialOutcome[] firstFailure = new TrialOutcome[1];
    String host = hostName();
    Executor.ExecutionListener listener =
        new Executor.ExecutionListener() {
          @Override
          public void started(Trial trial, int slot) {
            progress.started(trial, slot);
          }

          @Override
          public void finished(TrialOutcome o) {
            try {
              store.write(toRecord(o, host));
            } catch (IOException e) {
              throw new UncheckedIOException(
                  "cannot write the record of run " + o.trial().runId(), e);
            }
            synchronized (counts) {
              counts[o.status() == RunStatus.OK ? 0 : o.status() == RunStatus.CANCELLED ? 2 : 1]++;
              if (firstFailure[0] == null
                  && o.status() != RunStatus.OK
                  && o.status() != RunStatus.CANCELLED) {
                firstFailure[0] = o;
              }
            }
            progress.finished(o);
          }
        };
    executor.execute(todo, listener, cancel);
    return new Summary(
        plan.size(),
        plan.size() - todo.size(),
        counts[0] + counts[1] + counts[2],
        counts[0],
        counts[1],
        counts[2],
        corrupted,
        firstFailure[0]);
  }

  static RunRecord toRecord(TrialOutcome o, String host) {
    Trial t = o.trial();
    List<Long> steps = new ArrayList<>(o.steps().length);
    for (long s : o.steps()) {
      steps.add(s);
    }
    return new RunRecord(
        RunRecord.SCHEMA,
        t.runId(),
        t.implementation(),
        t.task(),
        t.config().values(),
        t.seed(),
        t.repeat(),
        o.status(),
        o.exitCode(),
        o.reason(),
        o.attempts(),
        o.startedAt().toString(),
        o.durationMillis(),
        host,
        steps,
        RunRecord.toLists(o.metrics()));
  }

  /**
   * Builds the launcher of each implementation of the spec, checking first that every Java
   * experiment class loads and every command's program can be started (so a typo fails before
   * anything runs, with the spec's location).
   */
  public static Map<String, Launcher> launchers(Spec spec, Map<String, String> builtins) {
    Map<String, Launcher> out = new HashMap<>();
    for (Implementation impl : spec.implementations().values()) {
      if (impl instanceof Implementation.Command c) {
        String problem = ProgramCheck.problem(c, builtins, System.getenv("PATH"));
        if (problem != null) {
          throw new InputException(c.where() + ": " + problem);
        }
        out.put(impl.name(), new ProcessLauncher(c, spec.run(), builtins));
      } else if (impl instanceof Implementation.JavaClass j) {
        try {
          InJvmLauncher.instantiate(j.className());
        } catch (IllegalArgumentException e) {
          throw new InputException(j.where() + ": " + e.getMessage());
        }
        out.put(impl.name(), new InJvmLauncher(j));
      }
    }
    return out;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
