package io.seedscope.e2e;

import io.seedscope.store.DirectoryLock;
import java.nio.file.Path;

/** Child-process test program: holds a results directory's lock until its stdin closes. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (DirectoryLock lock = DirectoryLock.acquire(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close stdin
      }
    }
  }
}
