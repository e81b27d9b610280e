package io.seedscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every flag that a message, warning or help text tells the user to give exists: the messages are
 * written apart from the option declarations, and a renamed flag (--path-pattern became --pattern)
 * left advice that picocli then rejects.
 */
class FlagMentionsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern FLAG = Pattern.compile("(?<![-\\w])--[a-z][a-z0-9-]*");

  /** Files whose flags belong to another program: the demo's own argv, git's options. */
  private static final Set<String> OTHER_PROGRAMS =
      Set.of("io/seedscope/demo/CartPoleMain.java", "io/seedscope/analysis/Manifest.java");

  private static Set<String> optionNames() {
    Set<String> names = new TreeSet<>();
    CommandLine root = Main.commandLine();
    root.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
    for (CommandLine sub : root.getSubcommands().values()) {
      sub.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
    }
    return names;
  }

  @Test
  void everyFlagNamedInTheSourcesIsAnOptionOfSomeCommand() throws IOException {
    Set<String> options = optionNames();
    assertTrue(options.contains("--pattern"), options.toString());
    Map<String, String> unknown = new TreeMap<>();
    int mentions = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String rel = SOURCES.relativize(file).toString().replace('\\', '/');
        if (OTHER_PROGRAMS.contains(rel)) {
          continue;
        }
        Matcher literal = STRING_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (literal.find()) {
          Matcher flag = FLAG.matcher(literal.group(1));
          while (flag.find()) {
            mentions++;
            if (!options.contains(flag.group())) {
              unknown.merge(flag.group(), rel, (a, b) -> a + ", " + b);
            }
          }
        }
      }
    }
    assertTrue(mentions > 50, "the scan found the sources: " + mentions);
    assertEquals(Map.of(), unknown, "flags named in messages that no command has");
  }
}
