package io.seedscope.sensitivity.fanova;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs independent tasks on a fixed pool and returns results in task order. */
final class Parallel {
  private Parallel() {}

  static <T> List<T> map(int n, int threads, IntFunction<T> task) {
    List<T> out = new ArrayList<>(n);
    if (threads <= 1 || n <= 1) {
      for (int k = 0; k < n; k++) {
        out.add(task.apply(k));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n));
    try {
      List<Future<T>> fs = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        int kk = k;
        fs.add(pool.submit(() -> task.apply(kk)));
      }
      for (Future<T> f : fs) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
