package io.seedscope.ingest.tensorboard;

import io.seedscope.model.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Reads the scalar summaries of a TensorBoard event file ({@code events.out.tfevents.*}) as
 * CleanRL, SB3 and TensorFlow write them.
 *
 * <p>Framing (TFRecord): each record is a little-endian uint64 length, the masked CRC-32C of those
 * 8 bytes, the data, and the masked CRC-32C of the data; mask(c) = ((c >>> 15) | (c << 17)) +
 * 0xa282ead8. Both checksums are verified; a mismatch or a record cut short is an {@link
 * InputException} naming the file and the byte offset of the record.
 *
 * <p>Each record is an {@code Event} protobuf: wall_time = 1 (double), step = 2 (int64), summary =
 * 5 (Summary: repeated Value = 1 {tag = 1, simple_value = 2 (float), metadata = 9 (plugin_data = 1
 * {plugin_name = 1}), tensor = 8 (TensorProto)}). A value is a scalar when it has simple_value (TF1
 * / tensorboardX / PyTorch) or a one-element tensor whose plugin is {@code scalars} or unnamed
 * (TF2's tf.summary.scalar); histograms, images, text and hparams are skipped.
 */
public final class EventFile {
  private static final int MASK_DELTA = 0xa282ead8;

  private EventFile() {}

  /** One scalar point; {@code offset} is the byte offset of its record in the file. */
  public record Scalar(long step, double wallTime, String tag, double value, long offset) {}

  /** Reads every scalar of {@code file}, in file order. */
  public static void read(Path file, Consumer<Scalar> sink) {
    String name = file.toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long offset = 0;
      byte[] header = new byte[12];
      byte[] data = new byte[1 << 12];
      byte[] footer = new byte[4];
      CRC32C crc = new CRC32C();
      while (true) {
        int n = in.readNBytes(header, 0, 12);
        if (n == 0) {
          return;
        }
        if (n < 12) {
          throw error(name, offset, "truncated record: " + n + " of 12 header bytes");
        }
        long length = littleEndian(header, 0, 8);
        crc.reset();
        crc.update(header, 0, 8);
        if (mask((int) crc.getValue()) != (int) littleEndian(header, 8, 4)) {
          throw error(name, offset, "record length CRC mismatch (corrupted file?)");
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
          throw error(
              name, offset, "record length " + Long.toUnsignedString(length) + " is implausible");
        }
        int len = (int) length;
        if (data.length < len) {
          data = new byte[Math.max(len, data.length * 2)];
        }
        int got = in.readNBytes(data, 0, len);
        if (got < len) {
          throw error(name, offset, "truncated record: " + got + " of " + len + " data bytes");
        }
        int f = in.readNBytes(footer, 0, 4);
        if (f < 4) {
          throw error(name, offset, "truncated record: " + f + " of 4 data CRC bytes");
        }
        crc.reset();
        crc.update(data, 0, len);
        if (mask((int) crc.getValue()) != (int) littleEndian(footer, 0, 4)) {
          throw error(name, offset, "record data CRC mismatch (corrupted file?)");
        }
        try {
          decodeEvent(new ProtoReader(data, 0, len), offset, sink);
        } catch (ProtoReader.MalformedProtoException e) {
          throw error(
              name, offset, "malformed Event at data byte " + e.position + ": " + e.getMessage());
        }
        offset += 16L + len;
      }
    } catch (NoSuchFileException e) {
      throw InputException.at(name, 0, 0, "no such file");
    } catch (IOException e) {
      throw InputException.at(name, 0, 0, "cannot read: " + e.getMessage());
    }
  }

  static int mask(int crc) {
    return ((crc >>> 15) | (crc << 17)) + MASK_DELTA;
  }

  private static long littleEndian(byte[] b, int from, int n) {
    long v = 0;
    for (int i = n - 1; i >= 0; i--) {
      v = (v << 8) | (b[from + i] & 0xffL);
    }
    return v;
  }

  private static InputException error(String file, long offset, String message) {
    return new InputException(file + ": byte offset " + offset + ": " + message);
  }

  private static void decodeEvent(ProtoReader event, long offset, Consumer<Scalar> sink) {
    double wallTime = 0;
    long step = 0;
    ProtoReader summary = null;
    while (event.hasMore()) {
      int tag = event.readTag();
      int field = tag >>> 3;
      int wire = tag & 7;
      if (field == 1 && wire == ProtoReader.FIXED64) {
        wallTime = event.readDouble();
      } else if (field == 2 && wire == ProtoReader.VARINT) {
        step = event.readVarint();
      } else if (field == 5 && wire == ProtoReader.LEN) {
        summary = event.readMessage();
      } else {
        event.skip(wire);
      }
    }
    if (summary == null) {
      return;
    }
    while (summary.hasMore()) {
      int tag = summary.readTag();
      if (tag >>> 3 == 1 && (tag & 7) == ProtoReader.LEN) {
        Scalars.value(summary.readMessage(), step, wallTime, offset, sink);
      } else {
        summary.skip(tag & 7);
      }
    }
  }
}
