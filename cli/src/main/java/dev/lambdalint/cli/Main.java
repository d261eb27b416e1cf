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
    CommandLine cli = LambdalintCommand.commandLine();
    // Reports and messages are UTF-8 under every locale: JDK 17 under LANG=C would write "caf?"
    // for a file named café (issue 18, item 21). Straight to the descriptors, so a write error
    // (a full disk, a closed pipe) reaches the writer's error flag instead of System.out's.
    cli.setOut(utf8(FileDescriptor.out));
    cli.setErr(utf8(FileDescriptor.err));
    int exit;
    try {
      exit = cli.execute(args);
    } catch (OutOfMemoryError e) {
      reserve = null;
      exit = ExitCodes.ERROR;
      sayOutOfMemory(cli.getErr());
    }
    System.exit(exit);
  }

  /**
   * Room kept for saying that the heap ran out: let go first thing when it has, so the message can
   * be built even when what filled the heap is not garbage yet (a pool worker still letting go of
   * its part). Without it, a run at the heap's edge could die in the handler with exit 1.
   */
  @SuppressWarnings("unused") // held, never read: its only use is to be let go
  private static byte[] reserve = new byte[512 * 1024];

  /** What to do about it, said in either message. */
  private static final String MORE_HEAP = "no report was written. Give the JVM more heap:"
      + " LAMBDALINT_JAVA_OPTS=-Xmx4g ./lambdalint …, or java -Xmx4g -jar lambdalint.jar …,"
      + " or lint fewer folders at a time";

  /** Said when even building the message about the heap finds no room: nothing is allocated to say it. */
  private static final String HEAP_EXHAUSTED = "lambdalint: out of memory (Java heap exhausted) after reading its"
      + " files; " + MORE_HEAP;

  /**
   * Running out of heap is not "findings" (exit 1, and an empty report, said it before): it is
   * exit 2 with what to do about it. The message is tried again after a collection, then said from
   * a constant if building it finds no room; this never throws, so the exit code is 2 whatever
   * happens here.
   */
  private static void sayOutOfMemory(PrintWriter err) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("lambdalint: out of memory (Java heap " + maxMb + " MB) after reading "
            + Linter.filesReadInThisProcess() + " files; " + MORE_HEAP);
        err.flush();
        return;
      } catch (OutOfMemoryError noRoom) {
        System.gc();
      }
    }
    try {
      err.println(HEAP_EXHAUSTED);
      err.flush();
    } catch (OutOfMemoryError nothingLeft) {
      // The exit code still says it.
    }
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}
