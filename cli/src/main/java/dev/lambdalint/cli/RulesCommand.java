package dev.lambdalint.cli;

import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.report.AtomicOutput;
import dev.lambdalint.core.report.RuleReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lambdalint rules}: every installed rule, sorted by id; or the Markdown reference page. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Lists every rule: id, name, default severity and summary.",
        "With --format markdown, writes the rule reference page (docs/rules.md): every rule's full documentation."})
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line a rule) or markdown (the reference page) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of standard output.")
  Path output;

  /** The directory a relative --output is resolved against; the working directory unless a test sets it. */
  Path root = Path.of(System.getProperty("user.dir"));

  @Override
  public Integer call() {
    List<RuleMeta> rules = Linter.withInstalledRules().rules();
    String text;
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> {
        StringBuilder sb = new StringBuilder();
        for (RuleMeta rule : rules) {
          sb.append(String.format("%-6s %-34s %-8s %s%n", rule.id(), rule.name(), rule.severity().label(), rule.summary()));
        }
        text = sb.toString();
      }
      case "markdown", "md" -> text = RuleReference.markdown(rules);
      default -> throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--format': unknown format '" + format + "' (expected text or markdown)");
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return ExitCodes.CLEAN;
    }
    try {
      AtomicOutput.write(root.resolve(output), w -> w.write(text));
    } catch (IOException e) {
      spec.commandLine().getErr().println("lambdalint: cannot write " + output + ": " + e.getMessage());
      return ExitCodes.ERROR;
    }
    return ExitCodes.CLEAN;
  }
}
