package io.seedscope.spec;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of command arguments and environment values: which names are
 * built in, how they are found (when a spec is read) and how they are filled (for each run). One
 * pattern serves both, so what validation accepts is exactly what a run replaces. Each argument
 * stays one argument: values are substituted as text and never split or interpreted by a shell.
 */
public final class Placeholders {

  /** Placeholders every command may use besides its parameters. */
  public static final Set<String> BUILTINS =
      Set.of("seed", "run_dir", "run_id", "jar", "java", "spec_dir", "worker", "repeat");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}");

  private Placeholders() {}

  /** The first placeholder of {@code text} that is neither built in nor in {@code params}. */
  static String firstUnknown(String text, Set<String> params) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (!BUILTINS.contains(name) && !params.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /** Replaces every placeholder of {@code template} that {@code values} names. */
  public static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      // Unknown names were rejected when the spec was read; keep the text if one slips through.
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
