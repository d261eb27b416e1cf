package dev.lambdalint.cli;

import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.model.RuleMeta;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lambdalint rules}: every installed rule, sorted by id. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Lists every rule: id, name, default severity and summary.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (RuleMeta rule : Linter.withInstalledRules().rules()) {
      out.printf("%-6s %-34s %-8s %s%n", rule.id(), rule.name(), rule.severity().label(), rule.summary());
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
