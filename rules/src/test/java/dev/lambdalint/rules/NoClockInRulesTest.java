package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules compare dates with the date of the run ({@code LintContext.today()}: {@code asOf:} or a
 * front end's {@code --as-of}, else today), never the clock: a run must be reproducible later.
 */
class NoClockInRulesTest {
  @Test
  void noRuleReadsTheClock() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          String text = Files.readString(p);
          return text.matches("(?s).*\\b(LocalDate|LocalDateTime|Instant|ZonedDateTime|OffsetDateTime)\\.now\\(.*")
              || text.contains("System.currentTimeMillis(");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(Path::toString).sorted().toList();
      assertThat(offenders).isEmpty();
    }
  }
}
