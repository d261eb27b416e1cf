package dev.lambdalint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void aNewFileHasTheUmasksPermissionsAndAReplacedOneKeepsItsOwn() throws Exception {
    Path file = dir.resolve("out/report.sarif");
    AtomicOutput.write(file, w -> w.write("one"));
    assertThat(Files.readString(file)).isEqualTo("one");
    assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
    // Whatever the umask makes of a new file, not a temporary file's owner-only rw-------.
    Path plain = Files.createFile(dir.resolve("out/plain"));
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isNotEqualTo("rw-------");
    assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.sarif", "plain");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    AtomicOutput.write(file, w -> w.write("two"));
    assertThat(Files.readString(file)).isEqualTo("two");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws Exception {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = dir.resolve("link.json");
    try {
      Files.createSymbolicLink(link, real);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    AtomicOutput.write(link, w -> w.write("new"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void aDeviceIsWrittenToNotReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS));
    AtomicOutput.write(devNull, w -> w.write("discarded"));
    assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.size(devNull)).isZero();
  }

  @Test
  void anyStringIsWrittenEvenHalfAnEmoji() throws Exception {
    Path file = dir.resolve("report.txt");
    String halfAnEmoji = "secret: \uD83D****";
    AtomicOutput.write(file, w -> w.write(halfAnEmoji));
    assertThat(Files.readString(file)).isEqualTo("secret: ?****");
  }

  @Test
  void aFileNameOfTheLongestLengthStillGetsATemporaryFileBesideIt() throws Exception {
    Path file = dir.resolve("r".repeat(249) + ".sarif");
    AtomicOutput.write(file, w -> w.write("x"));
    assertThat(Files.readString(file)).isEqualTo("x");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
    }
  }

  @Test
  void aRunStoppedWhileWritingLeavesNoTemporaryFileAndNoHalfReport() throws Exception {
    Path report = dir.resolve("report.sarif");
    Files.writeString(report, "the previous report");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        InterruptedWriteMain.class.getName(), report.toString()).redirectErrorStream(true).start();
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
      assertThat(lines.readLine()).isEqualTo("writing");
      try (var files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(".lambdalint-"));
      }
      process.destroy(); // SIGTERM, as a CI runner cancelling the job sends
      assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.sarif");
    }
    assertThat(Files.readString(report)).isEqualTo("the previous report");
  }
}
