package io.seedscope.cli;

import io.seedscope.model.InputException;
import java.io.PrintWriter;
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
    description = "Tells whether an ML/RL result survives seeds.",
    subcommands = {
      RunCommand.class,
      AnalyzeCommand.class,
      CompareCommand.class,
      ExportCommand.class,
      ImportanceCommand.class,
      GateCommand.class,
      ReproduceCommand.class,
      ReportCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

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
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof InputException) {
            err.println("seedscope: " + ex.getMessage());
            err.flush();
            return USAGE;
          }
          err.println("seedscope: internal error: " + ex);
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
          err.println("seedscope: " + ex.getMessage());
          err.println("try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
          err.flush();
          return USAGE;
        });
    cl.setExitCodeExceptionMapper(ex -> ex instanceof InputException ? USAGE : INTERNAL);
    return cl;
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
