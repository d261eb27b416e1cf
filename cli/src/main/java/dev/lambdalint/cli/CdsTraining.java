package dev.lambdalint.cli;

import dev.lambdalint.core.engine.Linter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The training run the launcher records its class-data archive from, once per JVM and jar (a CDS
 * archive, or an AOT cache on JDK 25+): every command and output format once, on the sample
 * project, so that what a real run loads and links is in the archive. Output is discarded.
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
    // What Main loads before a command runs belongs in the archive too: Main itself and the warm-up.
    Class.forName(Main.class.getName());
    Linter.warmUp();
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
