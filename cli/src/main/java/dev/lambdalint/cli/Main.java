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
    picocli.CommandLine cli = LambdalintCommand.commandLine();
    // Reports and messages are UTF-8 under every locale: JDK 17 under LANG=C would write "caf?"
    // for a file named café (issue 18, item 21). Straight to the descriptors, so a write error
    // (a full disk, a closed pipe) reaches the writer's error flag instead of System.out's.
    cli.setOut(utf8(java.io.FileDescriptor.out));
    cli.setErr(utf8(java.io.FileDescriptor.err));
    System.exit(cli.execute(args));
  }

  private static java.io.PrintWriter utf8(java.io.FileDescriptor fd) {
    return new java.io.PrintWriter(new java.io.OutputStreamWriter(new java.io.FileOutputStream(fd),
        java.nio.charset.StandardCharsets.UTF_8), true);
  }
}
