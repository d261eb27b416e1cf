package dev.lambdalint.core.report;

import java.nio.file.Path;

/**
 * A process killed in the middle of writing a report: writes a little, says so on stdout, then
 * waits to be stopped. {@link AtomicOutputTest} sends it SIGTERM.
 */
public final class InterruptedWriteMain {
  private InterruptedWriteMain() {}

  public static void main(String[] args) throws Exception {
    AtomicOutput.write(Path.of(args[0]), out -> {
      out.write("half a report");
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
