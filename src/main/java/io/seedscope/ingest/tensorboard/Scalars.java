package io.seedscope.ingest.tensorboard;

import java.util.function.Consumer;

/**
 * Decodes one {@code Summary.Value} into a scalar when it is one: {@code simple_value}, or a
 * one-element {@code TensorProto} (dtype = 1, tensor_shape = 2, tensor_content = 4, float_val = 5,
 * double_val = 6, int_val = 7, int64_val = 10, half_val = 13) of a numeric dtype.
 */
final class Scalars {
  private static final int DT_FLOAT = 1;
  private static final int DT_DOUBLE = 2;
  private static final int DT_INT32 = 3;
  private static final int DT_INT64 = 9;
  private static final int DT_BFLOAT16 = 14;
  private static final int DT_HALF = 19;

  private Scalars() {}

  static void value(
      ProtoReader v, long step, double wallTime, long offset, Consumer<EventFile.Scalar> sink) {
    String tag = null;
    Double simple = null;
    ProtoReader tensor = null;
    String plugin = "";
    while (v.hasMore()) {
      int t = v.readTag();
      int field = t >>> 3;
      int wire = t & 7;
      if (field == 1 && wire == ProtoReader.LEN) {
        tag = v.readString();
      } else if (field == 2 && wire == ProtoReader.FIXED32) {
        simple = (double) v.readFloat();
      } else if (field == 8 && wire == ProtoReader.LEN) {
        tensor = v.readMessage();
      } else if (field == 9 && wire == ProtoReader.LEN) {
        plugin = pluginName(v.readMessage());
      } else {
        v.skip(wire);
      }
    }
    if (tag == null) {
      return;
    }
    if (simple != null) {
      sink.accept(new EventFile.Scalar(step, wallTime, tag, simple, offset));
      return;
    }
    if (tensor != null && (plugin.isEmpty() || plugin.equals("scalars"))) {
      Double x = tensorScalar(tensor);
      if (x != null) {
        sink.accept(new EventFile.Scalar(step, wallTime, tag, x, offset));
      }
    }
  }

  private static String pluginName(ProtoReader metadata) {
    String name = "";
    while (metadata.hasMore()) {
      int t = metadata.readTag();
      if (t >>> 3 == 1 && (t & 7) == ProtoReader.LEN) {
        ProtoReader pluginData = metadata.readMessage();
        while (pluginData.hasMore()) {
          int u = pluginData.readTag();
          if (u >>> 3 == 1 && (u & 7) == ProtoReader.LEN) {
            name = pluginData.readString();
          } else {
            pluginData.skip(u & 7);
          }
        }
      } else {
        metadata.skip(t & 7);
      }
    }
    return name;
  }

  /** The single value of a one-element numeric tensor, else null. */
  static Double tensorScalar(ProtoReader t) {
    int dtype = 0;
    long elements = 1;
    int contentFrom = -1;
    int contentTo = -1;
    Double listed = null;
    int listedCount = 0;
    while (t.hasMore()) {
      int tag = t.readTag();
      int field = tag >>> 3;
      int wire = tag & 7;
      if (field == 1 && wire == ProtoReader.VARINT) {
        dtype = (int) t.readVarint();
      } else if (field == 2 && wire == ProtoReader.LEN) {
        elements = elements(t.readMessage());
      } else if (field == 4 && wire == ProtoReader.LEN) {
        ProtoReader c = t.readMessage();
        contentFrom = c.position();
        contentTo = c.end();
      } else if ((field == 5 || field == 6 || field == 7 || field == 10 || field == 13)) {
        // Repeated numeric values: packed (LEN) or one at a time.
        ProtoReader r = wire == ProtoReader.LEN ? t.readMessage() : t;
        do {
          double x;
          if (field == 5) {
            x = r.readFloat();
          } else if (field == 6) {
            x = r.readDouble();
          } else if (field == 13) {
            x = halfToFloat((int) r.readVarint());
          } else {
            x = field == 7 ? (int) r.readVarint() : r.readVarint();
          }
          listed = x;
          listedCount++;
        } while (wire == ProtoReader.LEN && r.hasMore());
      } else {
        t.skip(wire);
      }
    }
    if (elements != 1) {
      return null;
    }
    if (contentFrom >= 0) {
      byte[] b = t.buffer();
      int n = contentTo - contentFrom;
      ProtoReader c = new ProtoReader(b, contentFrom, contentTo);
      switch (dtype) {
        case DT_FLOAT:
          return n == 4 ? (double) c.readFloat() : null;
        case DT_DOUBLE:
          return n == 8 ? c.readDouble() : null;
        case DT_INT32:
          return n == 4 ? (double) c.readFixed32() : null;
        case DT_INT64:
          return n == 8 ? (double) c.readFixed64() : null;
        case DT_HALF:
          return n == 2
              ? (double) halfToFloat((b[contentFrom] & 0xff) | (b[contentFrom + 1] & 0xff) << 8)
              : null;
        case DT_BFLOAT16:
          return n == 2
              ? (double)
                  Float.intBitsToFloat(
                      ((b[contentFrom] & 0xff) | (b[contentFrom + 1] & 0xff) << 8) << 16)
              : null;
        default:
          return null;
      }
    }
    return listedCount == 1 ? listed : null;
  }

  private static long elements(ProtoReader shape) {
    long n = 1;
    while (shape.hasMore()) {
      int tag = shape.readTag();
      if (tag >>> 3 == 2 && (tag & 7) == ProtoReader.LEN) {
        ProtoReader dim = shape.readMessage();
        long size = 0;
        while (dim.hasMore()) {
          int u = dim.readTag();
          if (u >>> 3 == 1 && (u & 7) == ProtoReader.VARINT) {
            size = dim.readVarint();
          } else {
            dim.skip(u & 7);
          }
        }
        n *= size;
      } else {
        shape.skip(tag & 7);
      }
    }
    return n;
  }

  /** IEEE 754 binary16 to float (Float.float16ToFloat arrived only in Java 20). */
  static float halfToFloat(int bits) {
    int sign = (bits >>> 15) & 1;
    int exp = (bits >>> 10) & 0x1f;
    int mant = bits & 0x3ff;
    float v;
    if (exp == 0) {
      v = mant * 0x1p-24f;
    } else if (exp == 31) {
      v = mant == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
    } else {
      v = (1 + mant / 1024f) * (float) Math.pow(2, exp - 15);
    }
    return sign == 1 ? -v : v;
  }
}
