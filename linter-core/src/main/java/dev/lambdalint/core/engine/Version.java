package dev.lambdalint.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** lambdalint's own version, from the build. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) return "0.0.0-dev";
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "0.0.0-dev");
    } catch (IOException e) {
      return "0.0.0-dev";
    }
  }
}
