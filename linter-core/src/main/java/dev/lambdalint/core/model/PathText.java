package dev.lambdalint.core.model;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path as text, the same under every locale. On Linux a file name is bytes; the JVM turns them
 * into a {@code String} with {@code sun.jnu.encoding}, which follows the locale ({@code LANG=C}
 * gives ASCII: {@code café.yaml} becomes {@code caf\uFFFD\uFFFD.yaml}) and which JDK 17 and 25
 * do not let {@code -Dsun.jnu.encoding} override (measured). Then fingerprints change (a baseline
 * made under UTF-8 matches nothing) and SARIF names files that do not exist. So when the JVM
 * decoded a name lossily, the name's own bytes are read and decoded as UTF-8 — possible where
 * {@code java.base/sun.nio.fs} is open to lambdalint (the CLI jar's manifest opens it); elsewhere
 * (a Maven JVM) the JVM's text is kept.
 */
public final class PathText {
  private static final boolean JNU_IS_UTF8 =
      "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))
          || "UTF8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
  private static final Method RAW_BYTES = rawBytes();

  private PathText() {}

  /** {@code path.toString()}, or its bytes decoded as UTF-8 where the JVM's locale mangled it. */
  public static String of(Path path) {
    String text = path.toString();
    if (JNU_IS_UTF8 || text.indexOf('\uFFFD') < 0 || RAW_BYTES == null) return text;
    try {
      byte[] bytes = (byte[]) RAW_BYTES.invoke(path);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (ReflectiveOperationException | ClassCastException | IllegalArgumentException
        | CharacterCodingException e) {
      return text; // not a Unix path, or not UTF-8 either: the JVM's text is all there is
    }
  }

  /** Whether names are read from their bytes when the locale would mangle them. */
  public static boolean readsRawNames() {
    return RAW_BYTES != null;
  }

  private static Method rawBytes() {
    try {
      Method m = Class.forName("sun.nio.fs.UnixPath").getDeclaredMethod("asByteArray");
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // InaccessibleObjectException where the package is not opened, or not a Unix JDK
    }
  }
}
