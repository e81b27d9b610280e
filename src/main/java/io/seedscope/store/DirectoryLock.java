package io.seedscope.store;

import io.seedscope.model.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second local harness out of a results directory while one runs in it. Without it, two
 * {@code run}s of one spec into one directory both see no record of a trial that is still running,
 * both run it in the same {@code runs/<id>/} directory, and the record left behind may mix one
 * attempt's status with the other's metrics.
 *
 * <p>The lock is an OS advisory lock ({@code fcntl} on Linux) on {@code .seedscope.lock}, so it
 * goes away with the process however that ends, and a stale file never blocks anything. It holds
 * the owner's pid for the message. Harnesses that share a directory by design (array jobs on a
 * cluster, each running its own trials) are not what this guards; their run ids do not overlap.
 */
public final class DirectoryLock implements AutoCloseable {

  static final String FILE = ".seedscope.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the directory's lock, or fails with an input error naming the process that holds it.
   *
   * @param dir an existing results directory
   */
  public static DirectoryLock acquire(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this JVM already
    }
    if (lock == null) {
      String holder = holder(ch);
      ch.close();
      throw new InputException(
          dir
              + ": another seedscope run is using this results directory"
              + (holder.isEmpty() ? "" : " (pid " + holder + ")")
              + "; wait for it to end, or give another --out");
    }
    byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
    ch.truncate(0);
    ch.write(ByteBuffer.wrap(pid), 0);
    return new DirectoryLock(ch, lock);
  }

  private static String holder(FileChannel ch) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(32);
      ch.read(buf, 0);
      return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
