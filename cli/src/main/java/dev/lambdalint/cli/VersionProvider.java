package dev.lambdalint.cli;

import dev.lambdalint.core.engine.Version;
import picocli.CommandLine;

/** {@code --version}: lambdalint's version and the Java it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "lambdalint " + Version.current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
