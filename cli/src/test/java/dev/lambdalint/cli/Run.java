package dev.lambdalint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * One run of the {@code lambdalint} command in this process, as a user in {@code root} would start
 * it, with what it printed: the tests' way to drive the CLI. Colour is off and the environment is
 * the one given (no {@code NO_COLOR} inherited from the machine), so the output is the same
 * wherever the tests run.
 */
record Run(int exitCode, String out, String err) {

  /** Runs {@code args} in {@code root}: not a terminal, an empty environment. */
  static Run in(Path root, String... args) {
    return in(root, Map.of(), false, args);
  }

  /** Runs {@code args} in {@code root} with the environment {@code env}, on a terminal or not. */
  static Run in(Path root, Map<String, String> env, boolean terminal, String... args) {
    CommandLine cli = LambdalintCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    CheckCommand check = cli.getSubcommands().get("check").getCommand();
    check.root = root;
    check.environment = env;
    check.terminal = terminal;
    GraphCommand graph = cli.getSubcommands().get("graph").getCommand();
    graph.root = root;
    RulesCommand rules = cli.getSubcommands().get("rules").getCommand();
    rules.root = root;
    return new Run(cli.execute(args), out.toString(), err.toString());
  }
}
