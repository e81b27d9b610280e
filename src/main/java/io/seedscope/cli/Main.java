package io.seedscope.cli;

import io.seedscope.model.FileProblems;
import io.seedscope.model.InputException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code seedscope} command line: a thin layer over the pipeline packages. Exit codes (also in
 * the README): 0 success, 1 a gate failed or a claim was not reproduced, 2 bad usage or input, 3
 * inconclusive, 70 an internal error.
 */
@Command(
    name = "seedscope",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Tells whether an ML/RL result survives seeds.")
public final class Main implements Runnable {

  /**
   * The subcommands, by name. Registered programmatically rather than in {@code @Command} so that a
   * command line naming one of them builds only that command's model: picocli reflects over every
   * registered command's options at start-up, which for all of them costs about a tenth of a
   * second, as much as a hundred trivial runs.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int INCONCLUSIVE = 3;
  public static final int INTERNAL = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
  }

  public static void main(String[] args) {
    // vfork is the cheapest way for a JVM to start a child on Linux (JDK 17 defaults to
    // posix_spawn through a helper binary, about twice the cost); the user can still override it.
    if (System.getProperty("jdk.lang.Process.launchMechanism") == null
        && System.getProperty("os.name", "").startsWith("Linux")) {
      System.setProperty("jdk.lang.Process.launchMechanism", "VFORK");
    }
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (for tests and embedding). */
  public static int execute(String... args) {
    return commandLine(args).execute(args);
  }

  /** The command line with every subcommand (for help and tests). */
  static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for these arguments: when the first argument names a subcommand only that one
   * is registered (the rest could not be reached anyway); otherwise, and for {@code help}, all are,
   * so that help and the unknown-command message list them.
   */
  static CommandLine commandLine(String[] argv) {
    CommandLine cl = new CommandLine(new Main());
    Supplier<Object> only =
        argv.length > 0 && !argv[0].equals("help") ? COMMANDS.get(argv[0]) : null;
    if (only != null) {
      cl.addSubcommand(only.get());
    } else {
      COMMANDS.values().forEach(c -> cl.addSubcommand(c.get()));
    }
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof InputException) {
            err.println("seedscope: " + oneLine(ex.getMessage()));
            err.flush();
            return USAGE;
          }
          java.util.Optional<String> file = FileProblems.describe(ex);
          if (file.isPresent()) {
            // A path the user named cannot be read or written: their input, not a bug.
            err.println("seedscope: " + oneLine(file.get()));
            err.flush();
            return USAGE;
          }
          err.println("seedscope: internal error: " + oneLine(String.valueOf(ex)));
          StackTraceElement[] st = ex.getStackTrace();
          for (int i = 0; i < Math.min(8, st.length); i++) {
            err.println("  at " + st[i]);
          }
          err.println("please report this with the command you ran");
          err.flush();
          return INTERNAL;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("seedscope: " + oneLine(ex.getMessage()));
          err.println("try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
          err.flush();
          return USAGE;
        });
    cl.setExitCodeExceptionMapper(
        ex ->
            ex instanceof InputException || FileProblems.describe(ex).isPresent()
                ? USAGE
                : INTERNAL);
    return cl;
  }

  /**
   * The message with every control character made visible ({@code \n}, {@code \u0000}): messages
   * quote the user's own text (a quoted CSV field may hold a line break, a UTF-16 file read as
   * UTF-8 is full of NULs), and an error must stay the one line that scripts and CI logs show.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "null";
    }
    StringBuilder sb = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      String escape =
          switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default ->
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c)
                    : null;
          };
      if (escape != null && sb == null) {
        sb = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      if (sb != null) {
        if (escape != null) {
          sb.append(escape);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? message : sb.toString();
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("run", RunCommand::new);
    m.put("analyze", AnalyzeCommand::new);
    m.put("compare", CompareCommand::new);
    m.put("export", ExportCommand::new);
    m.put("importance", ImportanceCommand::new);
    m.put("gate", GateCommand::new);
    m.put("reproduce", ReproduceCommand::new);
    m.put("report", ReportCommand::new);
    m.put("demo", DemoCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"seedscope " + version()};
    }
  }

  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-dev" : v;
  }
}
