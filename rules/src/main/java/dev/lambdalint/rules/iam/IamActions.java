package dev.lambdalint.rules.iam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every IAM action of every service and whether it can be scoped to a resource, read from
 * {@code iam-actions.txt} (generated from AWS's IAM policy data; see its header). Loaded once per
 * process, on first use: runs that meet no {@code Resource: "*"} statement never read it.
 */
final class IamActions {
  private static final String RESOURCE = "iam-actions.txt";
  private static final String[] NONE = new String[0];

  /** The actions of one service prefix, lower case and sorted. */
  record Service(String prefix, String[] starOnly, String[] scoped) {
    boolean isStarOnly(String action) {
      return Arrays.binarySearch(starOnly, action) >= 0;
    }

    boolean isScoped(String action) {
      return Arrays.binarySearch(scoped, action) >= 0;
    }
  }

  /** What an action as written in a statement matches. */
  record Match(List<String> starOnly, List<String> scoped) {
    boolean isEmpty() {
      return starOnly.isEmpty() && scoped.isEmpty();
    }
  }

  /** The file's bytes (ASCII); each service's line is decoded into a {@link Service} only when asked for. */
  private final byte[] bytes;
  /** Service prefix → offset of its line in {@link #bytes}. */
  private final Map<String, Integer> lines;
  private final Map<String, Service> parsed = new ConcurrentHashMap<>();

  private IamActions(byte[] bytes, Map<String, Integer> lines) {
    this.bytes = bytes;
    this.lines = lines;
  }

  /** The data, loaded on the first call. */
  static IamActions data() {
    return Holder.DATA;
  }

  private static final class Holder {
    static final IamActions DATA = load();
  }

  int serviceCount() {
    return lines.size();
  }

  /** Whether {@code prefix} (any case) is an IAM service prefix. */
  boolean isService(String prefix) {
    return lines.containsKey(prefix.toLowerCase(Locale.ROOT));
  }

  Optional<Service> service(String prefix) {
    String key = prefix.toLowerCase(Locale.ROOT);
    Integer at = lines.get(key);
    if (at == null) return Optional.empty();
    return Optional.of(parsed.computeIfAbsent(key, k -> parse(k, at)));
  }

  /** {@code service TAB star-only,… TAB scoped,…} at {@code from}. */
  private Service parse(String prefix, int from) {
    int end = from;
    while (end < bytes.length && bytes[end] != '\n') end++;
    String line = new String(bytes, from, end - from, StandardCharsets.ISO_8859_1);
    int tab1 = line.indexOf('\t');
    int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
    if (tab2 < 0 || !line.substring(0, tab1).equals(prefix)) {
      throw new IllegalStateException(RESOURCE + ": the index does not point at the line of " + prefix);
    }
    return new Service(prefix, split(line.substring(tab1 + 1, tab2)), split(line.substring(tab2 + 1)));
  }

  /**
   * The actions ({@code service:action}, lower case) that {@code service} and {@code action}
   * match, as IAM matches them: case-insensitively, {@code *} any run of characters and {@code ?}
   * one character, in either part.
   */
  Match match(String service, String action) {
    String s = service.toLowerCase(Locale.ROOT);
    String a = action.toLowerCase(Locale.ROOT);
    List<String> starOnly = new ArrayList<>();
    List<String> scoped = new ArrayList<>();
    List<Service> targets = new ArrayList<>();
    if (isPattern(s)) {
      Pattern p = glob(s);
      lines.keySet().stream().filter(k -> p.matcher(k).matches()).sorted().forEach(k -> service(k).ifPresent(targets::add));
    } else {
      service(s).ifPresent(targets::add);
    }
    Pattern p = isPattern(a) ? glob(a) : null;
    for (Service v : targets) {
      if (p == null) {
        if (v.isStarOnly(a)) starOnly.add(v.prefix() + ":" + a);
        if (v.isScoped(a)) scoped.add(v.prefix() + ":" + a);
        continue;
      }
      for (String x : v.starOnly()) if (p.matcher(x).matches()) starOnly.add(v.prefix() + ":" + x);
      for (String x : v.scoped()) if (p.matcher(x).matches()) scoped.add(v.prefix() + ":" + x);
    }
    return new Match(List.copyOf(starOnly), List.copyOf(scoped));
  }

  static boolean isPattern(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
  }

  /** IAM's wildcards as a regular expression over lower-case text. */
  static Pattern glob(String pattern) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '*' || c == '?') {
        if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
        re.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  /**
   * Reads the file's bytes and its {@code #index} line (service → offset of its line after the
   * index line); no other line is decoded until a policy names its service.
   */
  private static IamActions load() {
    byte[] bytes;
    try (InputStream in = IamActions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = 0;
    while (at < bytes.length && bytes[at] == '#' && !startsWith(bytes, at, "#index ")) {
      while (at < bytes.length && bytes[at] != '\n') at++;
      at++;
    }
    if (!startsWith(bytes, at, "#index ")) throw new IllegalStateException(RESOURCE + ": no #index line");
    int end = at;
    while (end < bytes.length && bytes[end] != '\n') end++;
    String index = new String(bytes, at + "#index ".length(), end - at - "#index ".length(), StandardCharsets.ISO_8859_1);
    int body = end + 1;
    Map<String, Integer> lines = new HashMap<>(1024);
    for (String entry : index.split(" ")) {
      int colon = entry.indexOf(':');
      if (colon <= 0) throw new IllegalStateException(RESOURCE + ": bad index entry: " + entry);
      lines.put(entry.substring(0, colon), body + Integer.parseInt(entry.substring(colon + 1)));
    }
    return new IamActions(bytes, Map.copyOf(lines));
  }

  private static boolean startsWith(byte[] bytes, int at, String prefix) {
    if (at + prefix.length() > bytes.length) return false;
    for (int i = 0; i < prefix.length(); i++) if (bytes[at + i] != prefix.charAt(i)) return false;
    return true;
  }

  /** The file keeps each list sorted; {@link Service} relies on it for binary search. */
  private static String[] split(String list) {
    return list.isEmpty() ? NONE : list.split(",");
  }
}
