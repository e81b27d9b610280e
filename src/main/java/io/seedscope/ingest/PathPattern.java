package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where implementation, task and seed sit in a directory layout, e.g. {@code
 * logs/{implementation}/seed_{seed}/} or {@code runs/{task}__{implementation}__{seed}.jsonl}.
 *
 * <p>Placeholders {@code {implementation}}, {@code {task}} (any text without {@code /}) and {@code
 * {seed}} (an integer); {@code *} matches any text within one path segment. The pattern is matched
 * against the end of a file's absolute path, so it may or may not include the directory the user
 * named; a pattern that ends at a directory matches every file below it, and that directory is the
 * run.
 */
final class PathPattern {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

  private final String text;
  private final Pattern regex;
  private final List<String> roles;

  /** What a path says about its run. */
  record Match(String implementation, String task, Long seed, String runPath) {}

  private PathPattern(String text, Pattern regex, List<String> roles) {
    this.text = text;
    this.regex = regex;
    this.roles = roles;
  }

  static PathPattern compile(String pattern) {
    String p = pattern.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.isEmpty()) {
      throw new InputException("--pattern is empty");
    }
    StringBuilder re = new StringBuilder("(?:^|.*/)(");
    List<String> roles = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(p);
    int last = 0;
    while (m.find()) {
      literal(re, p.substring(last, m.start()));
      String role = m.group(1);
      switch (role) {
        case "implementation":
        case "task":
          re.append("([^/]+?)");
          break;
        case "seed":
          re.append("(-?\\d+)");
          break;
        default:
          throw new InputException(
              "--pattern: unknown placeholder {"
                  + role
                  + "}; use {implementation}, {task}, {seed}");
      }
      if (roles.contains(role)) {
        throw new InputException("--pattern: {" + role + "} appears twice");
      }
      roles.add(role);
      last = m.end();
    }
    literal(re, p.substring(last));
    re.append(")(?:/.*)?$");
    return new PathPattern(pattern, Pattern.compile(re.toString()), roles);
  }

  private static void literal(StringBuilder re, String text) {
    String[] parts = text.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append("[^/]*");
      }
      if (!parts[i].isEmpty()) {
        re.append(Pattern.quote(parts[i]));
      }
    }
  }

  /** What the pattern reads from {@code file}, or null when it does not match. */
  Match match(Path file) {
    String path = file.toAbsolutePath().normalize().toString().replace('\\', '/');
    Matcher m = regex.matcher(path);
    if (!m.matches()) {
      return null;
    }
    String impl = null;
    String task = null;
    Long seed = null;
    for (int i = 0; i < roles.size(); i++) {
      String v = m.group(i + 2);
      switch (roles.get(i)) {
        case "implementation":
          impl = v;
          break;
        case "task":
          task = v;
          break;
        default:
          try {
            seed = Long.parseLong(v);
          } catch (NumberFormatException e) {
            return null;
          }
      }
    }
    String runPath = path.substring(0, m.end(1));
    return new Match(impl, task, seed, runPath);
  }

  boolean has(String role) {
    return roles.contains(role);
  }

  @Override
  public String toString() {
    return text;
  }
}
