package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorBoardReaderTest {
  @TempDir Path dir;

  /** A tiny protobuf writer for building Event messages in tests. */
  static final class Proto {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Proto varint(long v) {
      while ((v & ~0x7fL) != 0) {
        out.write((int) ((v & 0x7f) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
      return this;
    }

    Proto tag(int field, int wire) {
      return varint((field << 3) | wire);
    }

    Proto int64(int field, long v) {
      return tag(field, 0).varint(v);
    }

    Proto dbl(int field, double v) {
      tag(field, 1);
      out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(v).array());
      return this;
    }

    Proto flt(int field, float v) {
      tag(field, 5);
      out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
      return this;
    }

    Proto bytes(int field, byte[] b) {
      tag(field, 2).varint(b.length);
      out.writeBytes(b);
      return this;
    }

    Proto str(int field, String s) {
      return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Proto msg(int field, Proto p) {
      return bytes(field, p.toBytes());
    }

    byte[] toBytes() {
      return out.toByteArray();
    }
  }

  static int masked(byte[] b, int from, int len) {
    CRC32C c = new CRC32C();
    c.update(b, from, len);
    int crc = (int) c.getValue();
    // TensorFlow's crc32c::Mask: rotate right by 15 bits and add 0xa282ead8.
    return ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
  }

  static byte[] record(byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(16 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(data.length);
    byte[] len = Arrays.copyOf(b.array(), 8);
    b.putInt(masked(len, 0, 8));
    b.put(data);
    b.putInt(masked(data, 0, data.length));
    return b.array();
  }

  static Proto simple(long step, String tag, float v) {
    return new Proto()
        .dbl(1, 1.7e9 + step)
        .int64(2, step)
        .msg(5, new Proto().msg(1, new Proto().str(1, tag).flt(2, v)));
  }

  /** TF2's tf.summary.scalar: a rank-0 tensor with the "scalars" plugin. */
  static Proto tensor(long step, String tag, String plugin, Proto tensorProto) {
    Proto value =
        new Proto()
            .str(1, tag)
            .msg(9, new Proto().msg(1, new Proto().str(1, plugin)))
            .msg(8, tensorProto);
    return new Proto().dbl(1, 1.7e9).int64(2, step).msg(5, new Proto().msg(1, value));
  }

  static byte[] file(Proto... events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(record(new Proto().dbl(1, 1.7e9).str(3, "brain.Event:2").toBytes()));
    for (Proto e : events) {
      out.writeBytes(record(e.toBytes()));
    }
    return out.toByteArray();
  }

  private Path write(String rel, byte[] data) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, data);
    return p;
  }

  @Test
  void crc32cCheckValue() {
    // The CRC-32C check value of "123456789" (RFC 3720, B.4): 0xE3069283.
    CRC32C c = new CRC32C();
    c.update("123456789".getBytes(StandardCharsets.US_ASCII));
    assertEquals(0xE3069283L, c.getValue());
  }

  @Test
  void readsAFileWrittenByTensorboardX() {
    // Written by tensorboardX 2.6.5: reference/make_tbx_events.py, values in its .out file.
    Path runs = Paths.get("src/test/resources/ingest/tensorboard");
    ImportResult r = Importers.read(runs, ImportOptions.defaults().withFormat(Format.TENSORBOARD));
    assertEquals(1, r.runs().size());
    RunLog log = r.runs().get(0);
    assertEquals("ppo", log.key().implementation(), "CleanRL ENV__EXP__SEED__TIME naming");
    assertEquals("CartPole-v1", log.key().task());
    assertEquals(3, log.seed());
    assertEquals(List.of("charts/episodic_return", "losses/value_loss"), r.metricNames());
    assertArrayEquals(new long[] {512, 1024, 1536, 2048, 2560, 3072}, log.steps());
    double[] ret = log.metrics().get("charts/episodic_return");
    assertArrayEquals(new double[] {10.0, 17.25, 24.5, 31.75, 39.0}, Arrays.copyOf(ret, 5));
    assertTrue(Double.isNaN(ret[5]) && !ResultSet.isMissing(ret[5]));
    double[] loss = log.metrics().get("losses/value_loss");
    assertEquals((double) (float) (1.0 / 3), loss[2]);
    assertTrue(ResultSet.isMissing(loss[1]));
  }

  @Test
  void readsSimpleValuesAndTf2Tensors() throws IOException {
    Proto floatContent =
        new Proto()
            .int64(1, 1) // DT_FLOAT
            .msg(2, new Proto()) // rank 0
            .bytes(4, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(2.5f).array());
    Proto doubleVal =
        new Proto()
            .int64(1, 2) // DT_DOUBLE
            .bytes(6, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.1).array());
    Proto histogram =
        new Proto()
            .int64(1, 1)
            .msg(2, new Proto().msg(2, new Proto().int64(1, 2)))
            .bytes(4, new byte[8]);
    write(
        "runs/ppo/seed_4/events.out.tfevents.1.host",
        file(
            simple(100, "return", 1.5f),
            tensor(100, "loss", "scalars", floatContent),
            tensor(200, "loss", "scalars", doubleVal),
            tensor(200, "weights", "histograms", histogram),
            simple(200, "return", 3.0f)));
    ImportResult r =
        Importers.read(
            dir.resolve("runs"),
            ImportOptions.defaults().withPathPattern("runs/{implementation}/seed_{seed}"));
    assertEquals(Format.TENSORBOARD, r.format());
    RunLog log = r.runs().get(0);
    assertEquals(4, log.seed());
    assertEquals("ppo", log.key().implementation());
    assertArrayEquals(new long[] {100, 200}, log.steps());
    assertArrayEquals(new double[] {1.5, 3.0}, log.metrics().get("return"));
    assertArrayEquals(new double[] {2.5, 0.1}, log.metrics().get("loss"));
    assertEquals(List.of("return", "loss"), r.metricNames());
  }

  @Test
  void restartedRunKeepsTheLaterValue() throws IOException {
    write("r/seed_1/events.out.tfevents.1.h", file(simple(1, "x", 1f), simple(2, "x", 2f)));
    write("r/seed_1/events.out.tfevents.2.h", file(simple(2, "x", 20f), simple(3, "x", 3f)));
    ImportResult r = Importers.read(dir.resolve("r"));
    assertArrayEquals(new double[] {1, 20, 3}, r.runs().get(0).metrics().get("x"));
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("1 point(s) logged twice")),
        r.warnings().toString());
  }

  private String error(byte[] data) throws IOException {
    Path p = write("bad_1/events.out.tfevents.9.h", data);
    InputException e = assertThrows(InputException.class, () -> Importers.read(p));
    return e.getMessage().replace(p.toString(), "FILE");
  }

  @Test
  void corruptedAndTruncatedFiles() throws IOException {
    byte[] good = file(simple(1, "x", 1f), simple(2, "x", 2f));
    int first = 16 + new Proto().dbl(1, 1.7e9).str(3, "brain.Event:2").toBytes().length;

    byte[] badData = good.clone();
    badData[first + 14] ^= 0x01; // a byte inside the second record's data
    assertEquals(
        "FILE: byte offset " + first + ": record data CRC mismatch (corrupted file?)",
        error(badData));

    byte[] badLength = good.clone();
    badLength[first + 9] ^= 0x40; // the second record's length CRC
    assertEquals(
        "FILE: byte offset " + first + ": record length CRC mismatch (corrupted file?)",
        error(badLength));

    byte[] cut = Arrays.copyOf(good, good.length - 3);
    int last = good.length - (16 + simple(2, "x", 2f).toBytes().length);
    assertEquals(
        "FILE: byte offset " + last + ": truncated record: 1 of 4 data CRC bytes", error(cut));
    assertEquals(
        "FILE: byte offset " + first + ": truncated record: 5 of 12 header bytes",
        error(Arrays.copyOf(good, first + 5)));
    int len = simple(1, "x", 1f).toBytes().length;
    assertEquals(
        "FILE: byte offset " + first + ": truncated record: 4 of " + len + " data bytes",
        error(Arrays.copyOf(good, first + 12 + 4)));
  }

  @Test
  void malformedEventProtobuf() throws IOException {
    // summary field (5, length-delimited) claiming 127 bytes with only 1 present
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(record(new byte[] {0x2a, 0x7f, 0x01}));
    String msg = error(out.toByteArray());
    assertTrue(msg.startsWith("FILE: byte offset "), msg);
    assertTrue(msg.contains("malformed Event"), msg);
  }
}
