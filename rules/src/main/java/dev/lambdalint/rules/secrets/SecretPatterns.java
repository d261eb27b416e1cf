package dev.lambdalint.rules.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a secret looks like, by meaning (names, from {@code secret-names.txt}) and by shape (values,
 * from {@code secret-shapes.txt}), shared by LL301, LL302 and LL103. Never by length or entropy
 * alone. Also the one place that masks a secret for a message.
 */
public final class SecretPatterns {
  private static final String NAMES = "secret-names.txt";
  private static final String SHAPES = "secret-shapes.txt";
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");
  /** {@code DB_PASSWORD}: the value is the name of an environment variable, parameter or constant. */
  private static final Pattern UPPER_IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]*");
  /** A word-like value ({@code x-api-key}, {@code client_secret}, {@code password}): a key or header name. */
  private static final Pattern IDENTIFIER_LIKE =
      Pattern.compile("[a-z]+(?:[._-][a-z]+)*|[A-Z][a-z]*(?:-[A-Z][a-z]*)*");
  private static final Pattern ONLY_MASK_CHARACTERS = Pattern.compile("[xX*._-]+");

  /** A known secret shape. */
  public record Shape(String name, Pattern pattern) {}

  /** Where a shape matched: which shape and the secret text. */
  public record ShapeMatch(Shape shape, String secret) {
    /** A short human description for messages. */
    public String description() {
      return switch (shape.name()) {
        case "aws-access-key-id" -> "an AWS access key id";
        case "private-key" -> "a private key";
        case "github-token" -> "a GitHub token";
        case "slack-token" -> "a Slack token";
        case "stripe-live-key" -> "a Stripe live key";
        case "url-with-password" -> "a URL with a password";
        case "connection-string-password" -> "a connection string with a password";
        default -> "a secret (" + shape.name() + ")";
      };
    }
  }

  private record Term(List<String> words, String joined) {}

  private static final List<Term> SECRET_TERMS = new ArrayList<>();
  private static final Set<String> IN_WORD = new HashSet<>();
  private static final Set<String> REFERENCES = new HashSet<>();
  private static final List<String> PLACEHOLDERS = new ArrayList<>();
  private static final List<Shape> SHAPE_LIST = new ArrayList<>();

  static {
    for (String line : lines(NAMES)) {
      String[] cells = line.split("\\s+");
      if (cells.length != 2) throw new IllegalStateException(NAMES + ": bad line: " + line);
      String word = cells[1].toLowerCase(Locale.ROOT);
      switch (cells[0]) {
        case "secret" -> SECRET_TERMS.add(new Term(List.of(word.split("_")), word.replace("_", "")));
        case "in-word" -> IN_WORD.add(word);
        case "reference" -> REFERENCES.add(word);
        case "placeholder" -> PLACEHOLDERS.add(word.replace("_", ""));
        default -> throw new IllegalStateException(NAMES + ": unknown kind: " + line);
      }
    }
    for (String line : lines(SHAPES)) {
      int space = line.indexOf(' ');
      if (space < 0) throw new IllegalStateException(SHAPES + ": bad line: " + line);
      SHAPE_LIST.add(new Shape(line.substring(0, space), Pattern.compile(line.substring(space + 1).strip())));
    }
  }

  private SecretPatterns() {}

  /** The shapes, in file order. */
  public static List<Shape> shapes() {
    return List.copyOf(SHAPE_LIST);
  }

  /** {@code DB_PASSWORD}, {@code dbPassword}, {@code DBPassword} → {@code [db, password]}. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String part : SEPARATORS.split(name)) {
      for (String w : CAMEL.split(part)) {
        if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /**
   * Whether {@code name} means a secret: it holds a secret word ({@code PASSWORD}, {@code API_KEY},
   * {@code token}…) and no reference word after it ({@code SECRET_ARN}, {@code TOKEN_TABLE},
   * {@code PASSWORD_PARAM} are pointers to or settings about a secret, not secrets).
   */
  public static boolean nameMeansSecret(String name) {
    List<String> words = words(name);
    if (words.equals(List.of("pwd"))) return false; // the shell's working directory
    int lastSecretEnd = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      for (Term t : SECRET_TERMS) {
        int n = t.words().size();
        if (i + n <= words.size() && words.subList(i, i + n).equals(t.words())) lastSecretEnd = Math.max(lastSecretEnd, i + n - 1);
        if (n > 1 && w.equals(t.joined())) lastSecretEnd = Math.max(lastSecretEnd, i);
      }
      for (String part : IN_WORD) {
        if (w.contains(part)) lastSecretEnd = Math.max(lastSecretEnd, i);
      }
    }
    if (lastSecretEnd < 0) return false;
    for (int i = lastSecretEnd + 1; i < words.size(); i++) {
      if (REFERENCES.contains(words.get(i))) return false;
    }
    return true;
  }

  /** The first secret shape {@code value} matches, whose secret part is not a placeholder. */
  public static Optional<ShapeMatch> shapeOf(String value) {
    if (value == null || value.isEmpty()) return Optional.empty();
    for (Shape shape : SHAPE_LIST) {
      Matcher m = shape.pattern().matcher(value);
      while (m.find()) {
        String secret = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
        if (shape.name().equals("private-key") || !isPlaceholder(secret)) return Optional.of(new ShapeMatch(shape, secret));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a literal held under a secret name is a real secret value rather than: empty, a
   * placeholder, a boolean or number (a setting), the name of a variable or parameter
   * ({@code DB_PASSWORD}), an ARN, an SSM parameter path, a dynamic reference, a URL without
   * credentials, a key or header name ({@code x-api-key}), one lower-case word (a mode or a
   * provider: {@code cognito}, {@code basic}), or text with spaces (a message).
   */
  public static boolean isSecretValue(String value) {
    if (value == null) return false;
    String v = value.strip();
    if (v.isEmpty() || isPlaceholder(v)) return false;
    if (shapeOf(v).isPresent()) return true;
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false") || lower.equals("yes") || lower.equals("no")
        || lower.equals("none") || lower.equals("null") || lower.equals("disabled") || lower.equals("enabled")) return false;
    if (v.matches("[0-9]+(\\.[0-9]+)?[smhd]?")) return false;
    if (UPPER_IDENTIFIER.matcher(v).matches()) return false;
    if (lower.startsWith("arn:") || v.startsWith("/") || lower.startsWith("{{resolve:")) return false;
    if (lower.matches("[a-z][a-z0-9+.-]*://.*")) return false;
    if (v.chars().anyMatch(Character::isWhitespace)) return false;
    if (IDENTIFIER_LIKE.matcher(v).matches() && nameHoldsSecretWord(v)) return false;
    if (isSecretName(v)) return false;
    if (v.matches("[a-z]+")) return false; // one lower-case word: a mode or a provider (cognito, basic, bearer)
    if (v.length() < 4) return false;
    return true;
  }

  /**
   * A Secrets Manager secret name or parameter name such as {@code prod/orders/db}: segments
   * separated by {@code /}, each of lower-case words (a capital only at the start of a word, as in
   * {@code Prod/Orders/App-Settings}). A base64 secret may hold {@code /} too, but its segments mix
   * cases at random.
   */
  private static boolean isSecretName(String v) {
    if (!v.contains("/")) return false;
    for (String segment : v.split("/", -1)) {
      if (!segment.matches("[A-Z]?[a-z0-9]*(?:[._-][A-Z]?[a-z0-9]*)*") || segment.isEmpty()) return false;
    }
    return true;
  }

  /** True when the words of {@code text} contain a secret word at all (reference words ignored). */
  private static boolean nameHoldsSecretWord(String text) {
    List<String> words = words(text);
    for (int i = 0; i < words.size(); i++) {
      for (Term t : SECRET_TERMS) {
        int n = t.words().size();
        if (i + n <= words.size() && words.subList(i, i + n).equals(t.words())) return true;
        if (words.get(i).equals(t.joined())) return true;
      }
      for (String part : IN_WORD) if (words.get(i).contains(part)) return true;
    }
    return false;
  }

  /**
   * Obvious stand-ins: {@code ${…}}, {@code {{…}}}, {@code <…>}, {@code %s}, all {@code x}/{@code *},
   * or a placeholder word ({@code changeme}, {@code your-key-here}, {@code …EXAMPLE}).
   */
  public static boolean isPlaceholder(String value) {
    String v = value.strip();
    if (v.isEmpty()) return true;
    if (v.contains("${") || v.contains("{{") || v.contains("%s") || v.contains("#{")) return true;
    if (v.startsWith("<") && v.endsWith(">")) return true;
    if (v.startsWith("[") && v.endsWith("]")) return true;
    if (ONLY_MASK_CHARACTERS.matcher(v).matches()) return true;
    String squashed = v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    for (String p : PLACEHOLDERS) if (squashed.contains(p)) return true;
    return false;
  }

  /**
   * A secret for a message: at most its first 4 characters, then {@code ****} (fewer for short
   * values). Characters are code points, not UTF-16 units: a cut through a surrogate pair (an
   * emoji) would leave half a character that no UTF-8 writer can encode.
   */
  public static String mask(String secret) {
    if (secret == null) return "****";
    String s = secret.strip();
    int length = s.codePointCount(0, s.length());
    int shown = length >= 16 ? 4 : length >= 8 ? 2 : 0;
    return s.substring(0, s.offsetByCodePoints(0, shown)) + "****";
  }

  private static List<String> lines(String resource) {
    List<String> result = new ArrayList<>();
    try (InputStream in = SecretPatterns.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf(" #");
        if (line.startsWith("#")) continue;
        if (hash >= 0 && !resource.equals(SHAPES)) line = line.substring(0, hash);
        line = line.strip();
        if (!line.isEmpty()) result.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
