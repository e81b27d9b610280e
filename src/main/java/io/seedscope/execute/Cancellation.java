package io.seedscope.execute;

import java.util.ArrayList;
import java.util.List;

/** A one-way switch that stops running attempts: set by Ctrl-C/SIGTERM or a caller. */
public final class Cancellation {
  private volatile boolean cancelled;
  private final List<Runnable> hooks = new ArrayList<>();

  public boolean isCancelled() {
    return cancelled;
  }

  /** Cancels and runs every registered hook (each kills one running attempt). */
  public void cancel() {
    List<Runnable> toRun;
    synchronized (hooks) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toRun = new ArrayList<>(hooks);
    }
    toRun.forEach(Runnable::run);
  }

  /** Registers an action to run on cancellation (at once if already cancelled). */
  public Runnable onCancel(Runnable hook) {
    synchronized (hooks) {
      if (!cancelled) {
        hooks.add(hook);
        return () -> {
          synchronized (hooks) {
            hooks.remove(hook);
          }
        };
      }
    }
    hook.run();
    return () -> {};
  }
}
