package dev.lambdalint.cli;

import dev.lambdalint.core.engine.Linter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The launcher: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Parsers and rules load on the second core while picocli reads the arguments (bench/RESULTS.md);
    // -Dlambdalint.warmUp=false turns it off, for comparison.
    if (args.length > 0 && args[0].equals("check") && !"false".equals(System.getProperty("lambdalint.warmUp"))) {
      Linter.warmUp();
    }
    // Reports are UTF-8 whatever the locale: under LANG=C, JDK 17 would print every non-ASCII
    // character of a path or message as '?' (a baseline or SARIF made so names files that do not exist).
    CommandLine cli = LambdalintCommand.commandLine();
    cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    System.exit(cli.execute(args));
  }
}
