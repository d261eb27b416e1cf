package dev.lambdalint.cli;

import dev.lambdalint.core.engine.Linter;

/** The launcher: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Parsers and rules load on the second core while picocli reads the arguments (bench/RESULTS.md);
    // -Dlambdalint.warmUp=false turns it off, for comparison.
    if (args.length > 0 && args[0].equals("check") && !"false".equals(System.getProperty("lambdalint.warmUp"))) {
      Linter.warmUp();
    }
    System.exit(LambdalintCommand.commandLine().execute(args));
  }
}
