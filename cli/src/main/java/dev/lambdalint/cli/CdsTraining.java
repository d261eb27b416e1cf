package dev.lambdalint.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The training run the build records the class-data archive from ({@code cli/target/lambdalint.jsa},
 * used by the launcher): every command and output format once, on the sample project, so that the
 * classes a real run loads are in the archive. Output is discarded.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=lambdalint.jsa -cp lambdalint.jar dev.lambdalint.cli.CdsTraining PROJECT}
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      throw new IllegalArgumentException("usage: CdsTraining <sample project directory>");
    }
    String project = args[0];
    for (String format : new String[] {"text", "json", "sarif", "github"}) {
      run("check", "--format", format, project);
    }
    run("--help");
    run("check", "--help");
    run("explain", "LL101");
    run("rules");
  }

  private static void run(String... args) {
    CommandLine cli = LambdalintCommand.commandLine();
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    cli.setOut(discard);
    cli.setErr(discard);
    cli.execute(args);
  }
}
