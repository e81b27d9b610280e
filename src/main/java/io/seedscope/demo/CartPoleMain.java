package io.seedscope.demo;

import io.seedscope.model.InputException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo as an external process, speaking seedscope's JSON-lines metrics protocol:
 *
 * <pre>
 * java -cp seedscope.jar io.seedscope.demo.CartPoleMain --impl normalized --seed 3 \
 *     [--lr 0.1] [--gamma 0.99] [--batch 10] [--episodes 1000]
 * </pre>
 *
 * prints one header line (not JSON, which the protocol ignores), then one {@code {"step": 1234,
 * "return": 87.5}} line per curve point, each flushed at once; a summary with the wall time goes to
 * stderr. Exit code 0 on success, 2 with a one-line message on stderr for bad arguments.
 */
public final class CartPoleMain {
  private static final Set<String> OPTIONS =
      Set.of("impl", "seed", "lr", "gamma", "batch", "episodes");
  private static final String USAGE =
      "usage: CartPoleMain --impl textbook|normalized --seed N [--lr X] [--gamma X] [--batch N]"
          + " [--episodes N]";

  private CartPoleMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    ReinforceVariant variant;
    ReinforceSettings settings;
    long seed;
    try {
      Map<String, String> opts = parse(args);
      String impl = require(opts, "impl");
      variant = ReinforceVariant.byId(impl);
      if (variant == null) {
        throw new InputException("--impl: expected textbook or normalized, got '" + impl + "'");
      }
      String seedText = require(opts, "seed");
      try {
        seed = Long.parseLong(seedText.trim());
      } catch (NumberFormatException e) {
        throw new InputException("--seed: not an integer: '" + seedText + "'");
      }
      settings = ReinforceSettings.from(variant, opts::get, "--");
    } catch (InputException e) {
      err.println("CartPoleMain: " + e.getMessage() + " (" + USAGE + ")");
      return 2;
    }
    out.printf(
        "# CartPole REINFORCE impl=%s seed=%d lr=%s gamma=%s batch=%d episodes=%d%n",
        variant.id(), seed, settings.lr(), settings.gamma(), settings.batch(), settings.episodes());
    out.flush();
    long start = System.nanoTime();
    List<CurvePoint> curve =
        new Reinforce(variant, settings, seed)
            .train(
                () -> false,
                p -> {
                  out.println(jsonLine(p));
                  out.flush();
                });
    long steps = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).step();
    err.printf(
        "CartPoleMain: %d episodes, %d env steps in %.0f ms%n",
        settings.episodes(), steps, (System.nanoTime() - start) / 1e6);
    return 0;
  }

  /** {@code {"step": 1234, "return": 87.5}}; Double.toString round-trips the value exactly. */
  static String jsonLine(CurvePoint p) {
    return "{\"step\": "
        + p.step()
        + ", \""
        + ReinforceExperiment.METRIC
        + "\": "
        + Double.toString(p.meanReturn())
        + "}";
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new InputException("unexpected argument '" + arg + "'");
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (!OPTIONS.contains(name)) {
        throw new InputException("unknown option '--" + name + "'");
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new InputException("--" + name + ": missing value");
        }
        value = args[++i];
      }
      if (opts.put(name, value) != null) {
        throw new InputException("--" + name + ": given twice");
      }
    }
    return opts;
  }

  private static String require(Map<String, String> opts, String name) {
    String v = opts.get(name);
    if (v == null) {
      throw new InputException("--" + name + " is required");
    }
    return v;
  }
}
