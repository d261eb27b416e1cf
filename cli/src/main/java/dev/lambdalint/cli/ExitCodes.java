package dev.lambdalint.cli;

/** What the process's exit code says, as CI systems and pre-commit read it. */
final class ExitCodes {
  /** Nothing at or above the failure threshold was found. */
  static final int CLEAN = 0;
  /** Findings. */
  static final int FINDINGS = 1;
  /** The command could not do its job: bad usage, a missing path, an unwritable output. */
  static final int ERROR = 2;

  private ExitCodes() {}
}
