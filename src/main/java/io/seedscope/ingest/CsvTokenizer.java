package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a delimited text file (RFC 4180: quoted fields, {@code ""} escapes, quoted line breaks)
 * into rows of fields, straight on the file's bytes.
 *
 * <p>Hand-written rather than Tablesaw's or another library's reader for two reasons: errors must
 * name the exact line and field of the offending cell (Tablesaw reports neither for a bad cell),
 * and the long-format reader must parse a million rows in a fraction of a second, which needs
 * fields as byte ranges (no String per cell) and numbers parsed from those bytes.
 *
 * <p>The separator is taken from the header: the most frequent of comma, tab and semicolon outside
 * quotes. Blank lines are skipped. Unquoted fields are trimmed of spaces. A row's "column" in error
 * messages is its 1-based field number.
 */
final class CsvTokenizer {

  private static final byte[] CANDIDATES = {',', '\t', ';'};

  private final byte[] buf;
  private final int end;
  private final String file;
  private final byte sep;
  private int pos;
  private long nextLine = 1;

  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] escaped = new boolean[16];
  private boolean[] quoted = new boolean[16];
  private int count;
  private long line;
  private int rowStart;
  private int rowEnd;

  private CsvTokenizer(byte[] buf, int offset, long firstLine, String file) {
    this.buf = buf;
    this.end = buf.length;
    this.file = file;
    this.nextLine = firstLine;
    int p = offset;
    if (end - p >= 3
        && (buf[p] & 0xff) == 0xef
        && (buf[p + 1] & 0xff) == 0xbb
        && (buf[p + 2] & 0xff) == 0xbf) {
      p += 3; // UTF-8 byte order mark, as Excel writes it
    }
    this.pos = p;
    this.sep = detectSeparator(p);
  }

  /** Reads the whole file; an unreadable or empty file is an {@link InputException}. */
  static CsvTokenizer open(Path path) {
    return of(readAll(path), path.toString());
  }

  static CsvTokenizer of(byte[] data, String file) {
    return of(data, 0, 1, file);
  }

  /** A tokenizer of {@code data} from {@code offset}, which is line {@code firstLine}. */
  static CsvTokenizer of(byte[] data, int offset, long firstLine, String file) {
    CsvTokenizer t = new CsvTokenizer(data, offset, firstLine, file);
    if (t.blankFrom(t.pos)) {
      throw InputException.at(file, 0, 0, "file is empty");
    }
    return t;
  }

  static byte[] readAll(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw InputException.at(path.toString(), 0, 0, "no such file");
    } catch (IOException e) {
      throw InputException.at(path.toString(), 0, 0, "cannot read: " + e.getMessage());
    }
  }

  private boolean blankFrom(int p) {
    for (int i = p; i < end; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  /** The separator of the first non-blank line; a header mixing candidates is an error. */
  private byte detectSeparator(int p) {
    int[] counts = new int[CANDIDATES.length];
    boolean inQuotes = false;
    boolean started = false;
    long lineNo = nextLine;
    for (int i = p; i < end; i++) {
      byte b = buf[i];
      if (b == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && (b == '\n' || b == '\r')) {
        if (started) {
          break;
        }
        if (b == '\n') {
          lineNo++;
        }
      } else if (!inQuotes) {
        started |= b != ' ';
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (b == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    int used = 0;
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (counts[k] > 0) {
        used++;
      }
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    if (used > 1) {
      throw InputException.at(
          file, lineNo, 0, "mixed separators in the header: " + describeSeparators(counts));
    }
    return CANDIDATES[best];
  }

  private static String describeSeparators(int[] counts) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (counts[k] > 0) {
        parts.add(counts[k] + " x " + name(CANDIDATES[k]));
      }
    }
    return String.join(", ", parts);
  }

  static String name(byte sep) {
    switch (sep) {
      case ',':
        return "comma";
      case '\t':
        return "tab";
      case ';':
        return "semicolon";
      default:
        return "'" + (char) sep + "'";
    }
  }

  String file() {
    return file;
  }

  byte separator() {
    return sep;
  }

  byte[] buffer() {
    return buf;
  }

  /** Reads the next non-blank row; false at the end of the file. */
  boolean next() {
    while (pos < end) {
      readRow();
      if (count > 1 || ends[0] > starts[0] || quoted[0]) {
        return true;
      }
    }
    return false;
  }

  private void readRow() {
    count = 0;
    line = nextLine;
    rowStart = pos;
    final byte[] b = buf;
    final byte s = sep;
    int p = pos;
    while (true) {
      while (p < end && b[p] == ' ' && s != ' ') {
        p++;
      }
      int start;
      int stop;
      boolean esc = false;
      boolean q = false;
      if (p < end && b[p] == '"') {
        q = true;
        long quoteLine = nextLine;
        p++;
        start = p;
        while (true) {
          if (p >= end) {
            throw InputException.at(
                file, quoteLine, count + 1, "quoted field is not closed before the end of file");
          }
          byte c = b[p];
          if (c == '"') {
            if (p + 1 < end && b[p + 1] == '"') {
              esc = true;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            nextLine++;
          }
          p++;
        }
        stop = p;
        p++;
        while (p < end && b[p] == ' ') {
          p++;
        }
        if (p < end && b[p] != s && b[p] != '\n' && b[p] != '\r') {
          throw InputException.at(
              file, nextLine, count + 1, "unexpected text after a closing quote");
        }
      } else {
        start = p;
        while (p < end) {
          byte c = b[p];
          if (c == s || c == '\n' || c == '\r') {
            break;
          }
          p++;
        }
        stop = p;
        while (stop > start && (b[stop - 1] == ' ' || (b[stop - 1] == '\t' && s != '\t'))) {
          stop--;
        }
      }
      add(start, stop, esc, q);
      if (p < end && b[p] == s) {
        p++;
        continue;
      }
      rowEnd = p;
      if (p < end) {
        if (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n') {
          p++;
        }
        p++;
        nextLine++;
      }
      break;
    }
    pos = p;
  }

  private void add(int start, int stop, boolean esc, boolean q) {
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      escaped = Arrays.copyOf(escaped, n);
      quoted = Arrays.copyOf(quoted, n);
    }
    starts[count] = start;
    ends[count] = stop;
    escaped[count] = esc;
    quoted[count] = q;
    count++;
  }

  int count() {
    return count;
  }

  /** Line (1-based) where the current row starts. */
  long line() {
    return line;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  boolean isEmpty(int field) {
    return starts[field] == ends[field];
  }

  String text(int field) {
    String t = new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    return escaped[field] ? t.replace("\"\"", "\"") : t;
  }

  /** A double, {@link io.seedscope.model.ResultSet#MISSING} or {@link Numbers#NOT_A_NUMBER}. */
  double number(int field) {
    if (quoted[field] && escaped[field]) {
      return Numbers.NOT_A_NUMBER;
    }
    return Numbers.parse(buf, starts[field], ends[field]);
  }

  /** True when field {@code a} of this row has the same bytes as the range {@code [from, to)}. */
  boolean sameBytes(int field, int from, int to) {
    int a = starts[field];
    int len = ends[field] - a;
    if (len != to - from) {
      return false;
    }
    if (len > 32) {
      return Arrays.equals(buf, a, a + len, buf, from, to);
    }
    // Key fields are short: a plain loop beats the vectorised mismatch call's set-up.
    for (int i = 0; i < len; i++) {
      if (buf[a + i] != buf[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that the row has {@code expected} fields; a row that is short or long because it uses
   * another separator is reported as mixed separators.
   */
  void requireFieldCount(int expected) {
    if (count == expected) {
      return;
    }
    // Count the other candidate separators outside quotes: if splitting on one of them would
    // give the header's field count (or the row did not split at all), the row uses it.
    int[] others = new int[CANDIDATES.length];
    boolean inQuotes = false;
    for (int i = rowStart; i < rowEnd; i++) {
      byte c = buf[i];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && c != sep) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            others[k]++;
          }
        }
      }
    }
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (others[k] > 0 && (others[k] + 1 == expected || count == 1)) {
        throw InputException.at(
            file,
            line,
            0,
            "mixed separators: the header uses "
                + name(sep)
                + " but this row uses "
                + name(CANDIDATES[k]));
      }
    }
    if (count < expected) {
      throw InputException.at(
          file, line, count + 1, "row has " + count + " fields but the header has " + expected);
    }
    throw InputException.at(
        file, line, expected + 1, "row has " + count + " fields but the header has " + expected);
  }

  /** One-line error at a field of the current row. */
  InputException error(int field, String message) {
    return InputException.at(file, line, field + 1, message);
  }
}
