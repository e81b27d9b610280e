package io.seedscope.spec;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * A text split once into literal parts and placeholder names, so that filling it for each of
   * thousands of runs is a concatenation rather than a regular-expression search.
   *
   * @param literals the text around the placeholders: {@code names.size() + 1} parts
   * @param names the placeholder names, in order
   */
  public record Template(List<String> literals, List<String> names) {
    public Template {
      literals = List.copyOf(literals);
      names = List.copyOf(names);
    }

    /** Splits {@code text} at its placeholders (the same pattern validation uses). */
    public static Template of(String text) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(text);
      int at = 0;
      while (m.find()) {
        literals.add(text.substring(at, m.start()));
        names.add(m.group(1));
        at = m.end();
      }
      literals.add(text.substring(at));
      return new Template(literals, names);
    }

    /**
     * The text with each placeholder that {@code values} names replaced by its value, as text
     * (never split or interpreted); an unknown name keeps its {@code {name}} (unknown names were
     * rejected when the spec was read, so that is only a safety net).
     */
    public String fill(Map<String, String> values) {
      if (names.isEmpty()) {
        return literals.get(0);
      }
      StringBuilder sb = new StringBuilder(literals.get(0));
      for (int i = 0; i < names.size(); i++) {
        String v = values.get(names.get(i));
        sb.append(v == null ? "{" + names.get(i) + "}" : v).append(literals.get(i + 1));
      }
      return sb.toString();
    }
  }
}
