package dev.lambdalint.cli;

/** The launcher: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(LambdalintCommand.commandLine().execute(args));
  }
}
