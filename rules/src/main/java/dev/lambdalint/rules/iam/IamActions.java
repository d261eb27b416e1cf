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

  /** The file's text; each service's line is split into a {@link Service} only when asked for. */
  private final String text;
  /** Service prefix → start and end offset of its line's action columns in {@link #text}. */
  private final Map<String, long[]> lines;
  private final Map<String, Service> parsed = new ConcurrentHashMap<>();

  private IamActions(String text, Map<String, long[]> lines) {
    this.text = text;
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
    long[] at = lines.get(key);
    if (at == null) return Optional.empty();
    return Optional.of(parsed.computeIfAbsent(key, k -> parse(k, at)));
  }

  private Service parse(String prefix, long[] at) {
    int from = (int) at[0];
    int to = (int) at[1];
    int tab = text.indexOf('\t', from);
    if (tab < 0 || tab > to) throw new IllegalStateException(RESOURCE + ": bad line for " + prefix);
    return new Service(prefix, split(text.substring(from, tab)), split(text.substring(tab + 1, to)));
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

  /** Reads the file and finds each service's line; the lines are split on demand. */
  private static IamActions load() {
    String text;
    try (InputStream in = IamActions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, long[]> lines = new HashMap<>(1024);
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      if (end < 0) end = text.length();
      if (end > at && text.charAt(at) != '#') {
        int tab = text.indexOf('\t', at);
        if (tab < 0 || tab > end) throw new IllegalStateException(RESOURCE + ": bad line: " + text.substring(at, end));
        lines.put(text.substring(at, tab), new long[] {tab + 1, end});
      }
      at = end + 1;
    }
    return new IamActions(text, Map.copyOf(lines));
  }

  /** The file keeps each list sorted; {@link Service} relies on it for binary search. */
  private static String[] split(String list) {
    return list.isEmpty() ? NONE : list.split(",");
  }
}
