package dev.lambdalint.cli;

import dev.lambdalint.core.config.RuleLookup;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.model.RuleMeta;
import dev.lambdalint.core.report.RuleReference;
import dev.lambdalint.core.report.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lambdalint explain LL101}: a rule's documentation in the terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Prints a rule's documentation: why it matters, non-compliant and compliant examples, how to suppress it.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the rule was found", "  2  no rule has that id or name"})
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RULE", arity = "1", description = "A rule id (LL101) or name (client-in-handler).")
  String rule;

  @Override
  public Integer call() {
    List<RuleMeta> rules = Linter.withInstalledRules().rules();
    Optional<RuleMeta> found = RuleLookup.find(rule, rules);
    if (found.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      String hint = RuleLookup.suggest(rule, rules)
          .map(r -> "; did you mean " + r.id() + " (" + r.name() + ")?")
          .orElse("; `lambdalint rules` lists every rule");
      err.println(TerminalText.escape("lambdalint: unknown rule '" + rule + "'" + hint));
      err.flush();
      return ExitCodes.ERROR;
    }
    RuleMeta r = found.get();
    PrintWriter out = spec.commandLine().getOut();
    String docs = r.docs().strip();
    out.println(docs.isEmpty() ? "# " + r.id() + " " + r.name() + "\n\n" + r.summary() + "." : docs);
    out.println();
    StringBuilder facts = new StringBuilder("Default severity: " + r.severity().label()
        + ". Category: " + r.category().title() + ". Precision: " + r.precision().sarifValue() + ".");
    if (r.isSecurityRule()) facts.append(" Security severity: ").append(r.securitySeverity()).append('.');
    if (!r.tags().isEmpty()) facts.append(" Tags: ").append(String.join(", ", r.tags())).append('.');
    out.println(facts);
    if (!r.options().isEmpty()) {
      out.println();
      out.println(RuleReference.options(r));
      out.println();
    }
    out.println("Configure it in .lambdalint.yml, e.g. `rules: {" + r.id() + ": {severity: error}}`;"
        + " suppress one finding with `// lambdalint:ignore " + r.id() + " reason`.");
    out.flush();
    return ExitCodes.CLEAN;
  }
}
