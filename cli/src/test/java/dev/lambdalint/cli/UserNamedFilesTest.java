package dev.lambdalint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A configuration or baseline the user names is read only when it is a regular file of sane size:
 * a device would read forever, a named pipe would block, a huge file would exhaust the heap. Each
 * is an exit-2 message saying why, never a hang or a stack trace.
 */
class UserNamedFilesTest {
  @TempDir Path dir;

  private Run run(String... args) {
    return Run.in(dir, args);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aDeviceIsRefusedAsBaselineOrConfiguration() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero, LinkOption.NOFOLLOW_LINKS));
    Files.writeString(dir.resolve("template.yaml"), DailyToolTest.TEMPLATE);
    Run baseline = run("check", "--baseline", "/dev/zero");
    assertThat(baseline.exitCode()).isEqualTo(2);
    assertThat(baseline.err()).contains("/dev/zero: cannot read the baseline: not a regular file");
    Run config = run("check", "--config", "/dev/zero");
    assertThat(config.exitCode()).isEqualTo(2);
    assertThat(config.err()).contains("/dev/zero: cannot read the configuration file: not a regular file");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aNamedPipeIsRefusedInsteadOfWaitedOn() throws Exception {
    Path fifo = dir.resolve("baseline.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo));
    Files.writeString(dir.resolve("template.yaml"), DailyToolTest.TEMPLATE);
    Files.writeString(dir.resolve(".lambdalint.yml"), "baseline: baseline.json\n");
    Run run = run("check");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("baseline.json: cannot read the baseline: not a regular file");
  }

  @Test
  void aHugeConfigurationOrBaselineIsRefusedWithItsLimit() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), DailyToolTest.TEMPLATE);
    Files.writeString(dir.resolve("huge.yml"), "# padding\n".repeat(120_000)); // 1.2 MB of comments
    Run config = run("check", "--config", "huge.yml");
    assertThat(config.exitCode()).isEqualTo(2);
    assertThat(config.err()).contains("huge.yml: cannot read the configuration file: larger than 1 MiB");
    Path folder = Files.createDirectories(dir.resolve("baseline-folder"));
    Run directory = run("check", "--baseline", folder.getFileName().toString());
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err()).contains("cannot read the baseline: not a regular file");
  }

  @Test
  void aFullStandardOutputIsAnErrorNotFindings() throws Exception {
    Files.writeString(dir.resolve("template.yaml"), DailyToolTest.TEMPLATE);
    CommandLine cli = LambdalintCommand.commandLine();
    StringWriter err = new StringWriter();
    // What writing to /dev/full does: every write fails with "No space left on device".
    cli.setOut(new PrintWriter(new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    }));
    cli.setErr(new PrintWriter(err));
    CheckCommand check = cli.getSubcommands().get("check").getCommand();
    check.root = dir;
    check.terminal = false;
    assertThat(cli.execute("check")).isEqualTo(2);
    assertThat(err.toString()).contains("lambdalint: cannot write the report to standard output");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void dashOStandardOutputWritesWhereTheShellPointedIt() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/stdout")));
    Files.writeString(dir.resolve("template.yaml"), DailyToolTest.TEMPLATE);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    java.util.List<String> command = java.util.List.of(javaBin, "-Dlambdalint.warmUp=false", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "check", "--format", "json", "-o", "/dev/stdout",
        dir.resolve("template.yaml").toString());

    // `(echo before; lambdalint check -o /dev/stdout …) > out`: what the shell wrote first stays.
    Path out = dir.resolve("out.txt");
    Files.writeString(out, "before\n");
    Process appended = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(appended.waitFor()).isEqualTo(1);
    assertThat(Files.readString(out)).startsWith("before\n{").contains("\"ruleId\" : \"LL303\"");

    // `lambdalint check -o /dev/stdout … | next`: a pipe is written to, not "replaced".
    Process piped = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(piped.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(piped.waitFor()).isEqualTo(1);
    assertThat(text).startsWith("{").contains("\"ruleId\" : \"LL303\"");
  }

  @Test
  void aPathsControlCharactersNeverReachTheTerminalFromAnErrorMessage() {
    Run run = run("check", "no\u001b[2Jsuch.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("path does not exist: no\\u001b[2Jsuch.yaml").doesNotContain("\u001b");
  }
}
