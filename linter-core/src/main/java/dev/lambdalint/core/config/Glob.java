package dev.lambdalint.core.config;

import java.util.regex.Pattern;

/**
 * A path pattern as in {@code .gitignore}: {@code *} and {@code ?} stay within one folder,
 * {@code **} crosses folders, a pattern without {@code /} matches a file or folder name at any
 * depth, and a pattern that matches a folder matches everything under it. Paths are relative,
 * with forward slashes.
 */
public final class Glob {
  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  public static Glob of(String text) {
    String glob = text.strip().replace('\\', '/');
    if (glob.isEmpty()) throw new IllegalArgumentException("an empty pattern matches nothing");
    while (glob.startsWith("./")) glob = glob.substring(2);
    boolean anchored = glob.startsWith("/") || glob.substring(0, glob.length() - 1).contains("/");
    if (glob.startsWith("/")) glob = glob.substring(1);
    if (glob.endsWith("/")) glob = glob.substring(0, glob.length() - 1);
    if (!anchored && !glob.startsWith("**")) glob = "**/" + glob;
    return new Glob(text, Pattern.compile(toRegex(glob)));
  }

  static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        boolean twin = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        if (twin && i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
          re.append("(?:.*/)?");
          i += 2;
        } else if (twin) {
          re.append(".*");
          i += 1;
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '{') {
        int close = glob.indexOf('}', i);
        if (close < 0) {
          re.append("\\{");
        } else {
          re.append("(?:");
          String[] options = glob.substring(i + 1, close).split(",", -1);
          for (int k = 0; k < options.length; k++) {
            if (k > 0) re.append('|');
            re.append(Pattern.quote(options[k]));
          }
          re.append(')');
          i = close;
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }

  /** True when {@code relativePath} or one of the folders it lies in matches. */
  public boolean matches(String relativePath) {
    String path = relativePath.replace('\\', '/');
    if (path.startsWith("../") || path.equals("..")) return false;
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (pattern.matcher(path.substring(0, slash)).matches()) return true;
    }
    return pattern.matcher(path).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
