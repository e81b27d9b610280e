package io.seedscope.model;

/**
 * Bad user input (a spec, a CSV, a flag): the message is one line that says what is wrong and where
 * ({@code file:line:column}); the CLI prints it and exits with code 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code file:line:column: message}; line and column are 1-based, 0 means unknown. */
  public static InputException at(String file, long line, long column, String message) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return new InputException(sb.append(": ").append(message).toString());
  }
}
