package io.seedscope.ingest.tensorboard;

/**
 * A minimal reader of the protocol-buffer wire format (varints, fixed 32/64-bit values and
 * length-delimited fields) over a byte range: all that decoding TensorBoard's {@code Event} needs.
 * Hand-written because the project keeps protobuf-java (and generated TensorFlow classes) off the
 * classpath: a 1.7 MB dependency plus .proto code generation for five messages of which a few
 * fields are read.
 *
 * <p>Malformed input throws {@link MalformedProtoException} with the byte position.
 */
final class ProtoReader {
  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LEN = 2;
  static final int FIXED32 = 5;

  private final byte[] buf;
  private int pos;
  private final int end;

  ProtoReader(byte[] buf, int from, int to) {
    this.buf = buf;
    this.pos = from;
    this.end = to;
  }

  static final class MalformedProtoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int position;

    MalformedProtoException(int position, String message) {
      super(message);
      this.position = position;
    }
  }

  boolean hasMore() {
    return pos < end;
  }

  int position() {
    return pos;
  }

  /** The next tag (field number << 3 | wire type). */
  int readTag() {
    long tag = readVarint();
    if (tag <= 0 || tag > Integer.MAX_VALUE) {
      throw new MalformedProtoException(pos, "invalid field tag " + tag);
    }
    return (int) tag;
  }

  long readVarint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= end) {
        throw new MalformedProtoException(pos, "varint runs past the end of the message");
      }
      byte b = buf[pos++];
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new MalformedProtoException(pos, "varint longer than 10 bytes");
  }

  long readFixed64() {
    need(8);
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (buf[pos + i] & 0xffL);
    }
    pos += 8;
    return v;
  }

  int readFixed32() {
    need(4);
    int v =
        (buf[pos] & 0xff)
            | (buf[pos + 1] & 0xff) << 8
            | (buf[pos + 2] & 0xff) << 16
            | (buf[pos + 3] & 0xff) << 24;
    pos += 4;
    return v;
  }

  double readDouble() {
    return Double.longBitsToDouble(readFixed64());
  }

  float readFloat() {
    return Float.intBitsToFloat(readFixed32());
  }

  /** Reads a length prefix and returns a reader over the field's bytes, skipping past them. */
  ProtoReader readMessage() {
    int len = readLength();
    ProtoReader sub = new ProtoReader(buf, pos, pos + len);
    pos += len;
    return sub;
  }

  String readString() {
    int len = readLength();
    String s = new String(buf, pos, len, java.nio.charset.StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  private int readLength() {
    long len = readVarint();
    if (len < 0 || len > end - pos) {
      throw new MalformedProtoException(pos, "field length " + len + " runs past the message");
    }
    return (int) len;
  }

  void skip(int wireType) {
    switch (wireType) {
      case VARINT:
        readVarint();
        break;
      case FIXED64:
        need(8);
        pos += 8;
        break;
      case LEN:
        {
          int len = readLength(); // read before adding: readLength moves pos
          pos += len;
        }
        break;
      case FIXED32:
        need(4);
        pos += 4;
        break;
      default:
        throw new MalformedProtoException(pos, "unsupported wire type " + wireType);
    }
  }

  private void need(int n) {
    if (end - pos < n) {
      throw new MalformedProtoException(pos, "fixed-width field runs past the message");
    }
  }

  byte[] buffer() {
    return buf;
  }

  int end() {
    return end;
  }
}
