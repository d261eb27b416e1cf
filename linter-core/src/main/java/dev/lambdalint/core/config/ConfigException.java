package dev.lambdalint.core.config;

import java.nio.file.Path;

/**
 * A configuration file, baseline or rule option that cannot be used as written. The message
 * starts with {@code file:line:column:} so an editor can jump to the spot; front ends print it
 * and exit 2 (a usage error, not a finding).
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code file:line:column: message}, or {@code file: message} when the position is unknown. */
  public static ConfigException at(Path file, int line, int column, String message) {
    String where = file == null ? "" : file + ":";
    if (line > 0) where += line + ":" + Math.max(column, 1) + ":";
    return new ConfigException((where.isEmpty() ? "" : where + " ") + message);
  }
}
