package io.seedscope.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps independent jobs over a fixed number of threads, keeping the input order. Each job draws
 * from its own seeded stream, so the output does not depend on the thread count.
 */
final class Parallel {
  private Parallel() {}

  static <T, R> List<R> map(List<T> jobs, int threads, Function<T, R> fn) {
    if (threads <= 1 || jobs.size() <= 1) {
      List<R> out = new ArrayList<>(jobs.size());
      for (T job : jobs) {
        out.add(fn.apply(job));
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, jobs.size()),
            r -> {
              Thread t = new Thread(r, "seedscope-analysis");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> futures = new ArrayList<>(jobs.size());
      for (T job : jobs) {
        futures.add(pool.submit(() -> fn.apply(job)));
      }
      List<R> out = new ArrayList<>(jobs.size());
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
