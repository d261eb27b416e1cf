package dev.lambdalint.rules.iam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an action as written in an Allow statement grants, for LL304: only actions that accept
 * nothing but {@code Resource: "*"}, some actions that could be scoped to a resource, or nothing at
 * all because its prefix is no IAM service. Reads {@link IamActions} (every action of AWS's policy
 * data) and {@code star-only-overrides.txt} — the catalog's explicit list, and a few actions whose
 * resource types are all optional — which wins where the data gives an action a resource type.
 */
final class ActionScopes {
  private static final String OVERRIDES = "star-only-overrides.txt";
  private static final Set<String> CATALOG_STAR_ONLY = loadOverrides();

  private ActionScopes() {}

  /** What one action item grants. */
  sealed interface Verdict permits StarOnly, Scoped, NoService {}

  /** Only actions that accept nothing but {@code "*"} (or, for a pattern, no action at all). */
  record StarOnly() implements Verdict {}

  /**
   * Actions that take a resource: {@code service:action} in lower case, every one the item
   * matches; the item itself (lower case) when IAM's data does not know it (a newer action, a
   * typo, {@code *}).
   */
  record Scoped(List<String> actions) implements Verdict {}

  /**
   * The service prefix is no IAM service: the item grants nothing.
   *
   * @param suggestion the action under the IAM service the prefix most likely means
   *     ({@code bedrock-runtime:InvokeModel} → {@code bedrock:InvokeModel}), when it exists
   */
  record NoService(String prefix, Optional<String> suggestion) implements Verdict {}

  /** The catalog's explicit list, lower case. */
  static Set<String> catalogStarOnly() {
    return CATALOG_STAR_ONLY;
  }

  static Verdict judge(String written) {
    String action = written.strip().toLowerCase(Locale.ROOT);
    int colon = action.indexOf(':');
    if (colon <= 0 || colon == action.length() - 1) return new Scoped(List.of(action)); // "*" or not an action
    String service = action.substring(0, colon);
    String name = action.substring(colon + 1);
    IamActions data = IamActions.data();
    if (!IamActions.isPattern(service) && !data.isService(service)) {
      return new NoService(written.strip().substring(0, colon), suggestion(service, written.strip().substring(colon + 1)));
    }
    if (!IamActions.isPattern(action) && CATALOG_STAR_ONLY.contains(action)) return new StarOnly();
    IamActions.Match match = data.match(service, name);
    if (match.isEmpty()) {
      // an exact action IAM's data does not know may be newer than the data: not known to be star-only
      return IamActions.isPattern(action) ? new StarOnly() : new Scoped(List.of(action));
    }
    List<String> scoped = new ArrayList<>();
    for (String a : match.scoped()) if (!CATALOG_STAR_ONLY.contains(a)) scoped.add(a);
    return scoped.isEmpty() ? new StarOnly() : new Scoped(List.copyOf(scoped));
  }

  /**
   * The IAM service a non-IAM prefix most likely means: the longest leading run of its
   * {@code -}-separated words that is an IAM service and has an action of that name
   * ({@code bedrock-runtime} → {@code bedrock}, {@code bedrock-agent-runtime} → {@code bedrock}).
   */
  private static Optional<String> suggestion(String service, String actionAsWritten) {
    IamActions data = IamActions.data();
    String s = service;
    for (int dash = s.lastIndexOf('-'); dash > 0; dash = s.lastIndexOf('-')) {
      s = s.substring(0, dash);
      Optional<IamActions.Service> candidate = data.service(s);
      if (candidate.isEmpty()) continue;
      String lower = actionAsWritten.toLowerCase(Locale.ROOT);
      if (IamActions.isPattern(lower) ? !data.match(s, lower).isEmpty()
          : candidate.get().isStarOnly(lower) || candidate.get().isScoped(lower)) {
        return Optional.of(s + ":" + actionAsWritten);
      }
    }
    return Optional.empty();
  }

  private static Set<String> loadOverrides() {
    List<String> entries = new ArrayList<>();
    try (InputStream in = ActionScopes.class.getResourceAsStream(OVERRIDES)) {
      if (in == null) throw new IllegalStateException(OVERRIDES + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (entry.isEmpty()) continue;
        if (!entry.matches("[A-Za-z0-9-]+:[A-Za-z0-9]+")) throw new IllegalStateException(OVERRIDES + ": bad entry: " + line);
        entries.add(entry.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(entries);
  }
}
