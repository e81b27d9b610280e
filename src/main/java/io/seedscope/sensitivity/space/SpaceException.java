package io.seedscope.sensitivity.space;

import io.seedscope.model.InputException;

/**
 * A search space (or a value checked against one) is invalid. The message is {@code path: detail},
 * where {@code path} names the offending entry in spec terms ({@code lr.low}, {@code
 * momentum.when}); a caller that knows where that entry sits in a file rethrows it as {@code
 * InputException.at(file, line, column, detail())} or simply prefixes the message.
 */
public class SpaceException extends InputException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String detail;

  public SpaceException(String path, String detail) {
    super(path == null || path.isEmpty() ? detail : path + ": " + detail);
    this.path = path == null ? "" : path;
    this.detail = detail;
  }

  /** Dotted path of the offending entry relative to the space ({@code lr.low}); may be empty. */
  public String path() {
    return path;
  }

  /** The message without the path. */
  public String detail() {
    return detail;
  }
}
