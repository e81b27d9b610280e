package io.seedscope.execute;

import io.seedscope.plan.Trial;
import io.seedscope.spec.Implementation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a Java {@link Experiment} inside this JVM, on a thread of its own so that a timeout can be
 * enforced: on timeout or cancellation the experiment is asked to stop ({@link
 * RunContext#isCancelled()}) and interrupted; a thread that ignores both is abandoned (a JVM cannot
 * kill a thread) and the attempt is recorded as timed out. The stack trace of a failure goes to the
 * run's {@code stderr.log}.
 */
public final class InJvmLauncher implements Launcher {

  private static final long GRACE_MILLIS = 5_000;
  private final Implementation.JavaClass impl;

  public InJvmLauncher(Implementation.JavaClass impl) {
    this.impl = impl;
  }

  /** Loads and instantiates the experiment class, with a message that says what is wrong. */
  public static Experiment instantiate(String className) {
    Class<?> cls;
    try {
      cls = Class.forName(className, true, InJvmLauncher.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException("class " + className + " is not on the classpath");
    }
    if (!Experiment.class.isAssignableFrom(cls)) {
      throw new IllegalArgumentException(
          "class " + className + " does not implement " + Experiment.class.getName());
    }
    try {
      return (Experiment) cls.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "class " + className + " needs a public no-argument constructor", e);
    }
  }

  @Override
  public Attempt run(
      Trial trial,
      int slot,
      Path runDir,
      Duration timeout,
      MetricsCollector metrics,
      Cancellation cancel)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    RunContext context = new RunContext(trial.seed(), trial.config().values(), runDir, stop::get);
    Thread worker =
        new Thread(
            () -> {
              try {
                instantiate(impl.className()).run(context, metrics);
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "experiment-" + trial.runId());
    worker.setDaemon(true);
    Runnable unregister =
        cancel.onCancel(
            () -> {
              stop.set(true);
              worker.interrupt();
            });
    try {
      worker.start();
      worker.join(timeout.toMillis());
      boolean timedOut = worker.isAlive();
      if (timedOut) {
        stop.set(true);
        worker.interrupt();
        worker.join(GRACE_MILLIS);
      }
      if (cancel.isCancelled()) {
        return new Attempt(Ending.CANCELLED, null, "cancelled");
      }
      if (timedOut) {
        return new Attempt(
            Ending.TIMED_OUT, null, "timed out after " + ProcessLauncher.human(timeout));
      }
      Throwable t = failure.get();
      if (t != null) {
        writeStackTrace(runDir, t);
        String msg =
            t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return new Attempt(Ending.CRASHED, null, t.getClass().getSimpleName() + msg);
      }
      return new Attempt(Ending.EXITED, null, "");
    } finally {
      unregister.run();
    }
  }

  private static void writeStackTrace(Path runDir, Throwable t) {
    StringWriter sw = new StringWriter();
    t.printStackTrace(new PrintWriter(sw));
    try {
      Files.writeString(runDir.resolve("stderr.log"), sw.toString(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      // the reason is recorded in the run record anyway
    }
  }
}
