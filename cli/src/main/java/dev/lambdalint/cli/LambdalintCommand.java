package dev.lambdalint.cli;

import dev.lambdalint.core.report.TerminalText;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lambdalint}: the top-level command; the work is done by its subcommands. */
@Command(
    name = "lambdalint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds AWS serverless anti-patterns in Java Lambda handlers and SAM/CloudFormation templates.",
    subcommands = {CheckCommand.class, GraphCommand.class, RulesCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no finding at or above --fail-on; suppressed ones do not count",
        "  1  findings at or above --fail-on (default: any finding)",
        "  2  usage error, bad configuration or baseline, unreadable or unwritable path",
        "",
        "Configuration: .lambdalint.yml (rules, severities, options, include/exclude,",
        "failOn, baseline). Docs: `lambdalint explain <rule>`, docs/rules.md,",
        "docs/configuration.md."})
public final class LambdalintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.ERROR;
  }

  /** The configured command line: what {@link Main} runs and tests drive. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new LambdalintCommand());
    // Usage errors and crashes exit 2 in every subcommand, as the help footer says.
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.ERROR).exitCodeOnExecutionException(ExitCodes.ERROR);
    cli.getSubcommands().values().forEach(sub ->
        sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.ERROR).exitCodeOnExecutionException(ExitCodes.ERROR));
    // The message, any "did you mean", then the usage: a typo is fixed without a second run.
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine command = e.getCommandLine();
      java.io.PrintWriter err = command.getErr();
      err.println(TerminalText.escape(e.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      command.usage(err);
      return ExitCodes.ERROR;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("lambdalint: " + e.getMessage());
      return ExitCodes.ERROR;
    });
    return cli;
  }
}
