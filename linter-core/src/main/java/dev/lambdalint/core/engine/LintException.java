package dev.lambdalint.core.engine;

/** A run could not happen at all: a path that does not exist, an unreadable scan root. */
public class LintException extends Exception {
  private static final long serialVersionUID = 1L;

  public LintException(String message) {
    super(message);
  }

  public LintException(String message, Throwable cause) {
    super(message, cause);
  }
}
