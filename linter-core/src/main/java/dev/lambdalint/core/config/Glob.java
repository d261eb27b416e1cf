package dev.lambdalint.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A path pattern as in {@code .gitignore}: {@code *} and {@code ?} stay within one folder,
 * {@code **} crosses folders, a pattern without {@code /} matches a file or folder name at any
 * depth, and a pattern that matches a folder matches everything under it. {@code {a,b}} is one
 * of the literal alternatives. Paths are relative, with forward slashes.
 *
 * <p>A pattern is compiled to a nondeterministic automaton that is run on the path once, keeping
 * the set of states it may be in (Thompson's construction): matching costs at most the path's
 * length times the pattern's, whatever the pattern — a backtracking regular expression took
 * exponential time on {@code **}{@code /**}{@code /…/*a*a*a*b} (issue 18, item 16). The same
 * single pass answers for every folder the path lies in.
 */
public final class Glob {
  /** What a transition consumes. */
  private static final int LITERAL = 0;
  private static final int ANY_BUT_SLASH = 1;
  private static final int ANY = 2;

  private final String text;
  /** Per state: consuming transitions (kind, code point, target) and ε-transitions. */
  private final int[][] kinds;
  private final int[][] codePoints;
  private final int[][] targets;
  private final int[][] epsilons;
  private final int accept;
  /** How many consuming transitions there are: the most one step can take. */
  private final int moves;

  private Glob(String text, Builder built) {
    this.text = text;
    int n = built.states.size();
    kinds = new int[n][];
    codePoints = new int[n][];
    targets = new int[n][];
    epsilons = new int[n][];
    for (int s = 0; s < n; s++) {
      Builder.State state = built.states.get(s);
      int k = state.kinds.size();
      kinds[s] = new int[k];
      codePoints[s] = new int[k];
      targets[s] = new int[k];
      for (int t = 0; t < k; t++) {
        kinds[s][t] = state.kinds.get(t);
        codePoints[s][t] = state.codePoints.get(t);
        targets[s][t] = state.targets.get(t);
      }
      epsilons[s] = state.epsilons.stream().mapToInt(Integer::intValue).toArray();
    }
    accept = built.cursor;
    int total = 0;
    for (int[] k : kinds) total += k.length;
    moves = total;
  }

  public static Glob of(String text) {
    String glob = text.strip().replace('\\', '/');
    if (glob.isEmpty()) throw new IllegalArgumentException("an empty pattern matches nothing");
    while (glob.startsWith("./")) glob = glob.substring(2);
    boolean anchored = glob.startsWith("/") || glob.substring(0, glob.length() - 1).contains("/");
    if (glob.startsWith("/")) glob = glob.substring(1);
    if (glob.endsWith("/")) glob = glob.substring(0, glob.length() - 1);
    if (!anchored && !glob.startsWith("**")) glob = "**/" + glob;
    return new Glob(text, compile(glob));
  }

  /** The automaton of {@code glob}; its start is state 0, its accepting state the final cursor. */
  private static Builder compile(String glob) {
    Builder b = new Builder();
    int[] cps = glob.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c == '*') {
        boolean twin = i + 1 < cps.length && cps[i + 1] == '*';
        if (twin && i + 2 < cps.length && cps[i + 2] == '/') {
          // (.*/)? — nothing, or anything up to and including a slash.
          int loop = b.state();
          int after = b.state();
          b.epsilon(b.cursor, after);
          b.epsilon(b.cursor, loop);
          b.move(loop, ANY, 0, loop);
          b.move(loop, LITERAL, '/', after);
          b.cursor = after;
          i += 2;
        } else if (twin) {
          b.loop(ANY);
          i += 1;
        } else {
          b.loop(ANY_BUT_SLASH);
        }
      } else if (c == '?') {
        int next = b.state();
        b.move(b.cursor, ANY_BUT_SLASH, 0, next);
        b.cursor = next;
      } else if (c == '{' && indexOf(cps, '}', i) >= 0) {
        int close = indexOf(cps, '}', i);
        int after = b.state();
        int from = b.cursor;
        int at = from;
        for (int k = i + 1; k <= close; k++) {
          if (k == close || cps[k] == ',') {
            b.epsilon(at, after);
            at = from;
          } else {
            int next = b.state();
            b.move(at, LITERAL, cps[k], next);
            at = next;
          }
        }
        b.cursor = after;
        i = close;
      } else {
        int next = b.state();
        b.move(b.cursor, LITERAL, c, next);
        b.cursor = next;
      }
    }
    return b;
  }

  private static int indexOf(int[] cps, int c, int from) {
    for (int i = from; i < cps.length; i++) {
      if (cps[i] == c) return i;
    }
    return -1;
  }

  /** True when {@code relativePath} or one of the folders it lies in matches. */
  public boolean matches(String relativePath) {
    return run(relativePath, null);
  }

  /**
   * {@link #matches}, counting the states visited into {@code work[0]}: tests compare that count
   * at two path lengths rather than wall time.
   */
  boolean matches(String relativePath, long[] work) {
    return run(relativePath, work);
  }

  private boolean run(String relativePath, long[] work) {
    String path = relativePath.replace('\\', '/');
    if (path.startsWith("../") || path.equals("..")) return false;
    int n = kinds.length;
    int[] current = new int[n];
    int[] next = new int[moves];
    int[] seen = new int[n]; // the step a state was last added in, +1
    int[] stack = new int[n];
    int step = 1;
    int size = close(new int[] {0}, 1, current, seen, step, stack, work);
    for (int i = 0; i < path.length(); ) {
      int c = path.codePointAt(i);
      // A folder the path lies in matches: the prefix before this slash.
      if (c == '/' && contains(current, size, accept)) return true;
      int moved = 0;
      for (int k = 0; k < size; k++) {
        int s = current[k];
        for (int t = 0; t < kinds[s].length; t++) {
          boolean ok = switch (kinds[s][t]) {
            case LITERAL -> codePoints[s][t] == c;
            case ANY_BUT_SLASH -> c != '/';
            default -> true;
          };
          if (ok) next[moved++] = targets[s][t];
        }
      }
      step++;
      size = close(next, moved, current, seen, step, stack, work);
      if (size == 0) return false;
      i += Character.charCount(c);
    }
    return contains(current, size, accept);
  }

  /** The ε-closure of {@code from[0..count)} into {@code into}; returns its size. */
  private int close(int[] from, int count, int[] into, int[] seen, int step, int[] stack, long[] work) {
    int size = 0;
    int top = 0;
    for (int k = 0; k < count; k++) {
      int s = from[k];
      if (seen[s] == step) continue;
      seen[s] = step;
      stack[top++] = s;
    }
    while (top > 0) {
      int s = stack[--top];
      into[size++] = s;
      if (work != null) work[0]++;
      for (int e : epsilons[s]) {
        if (seen[e] != step) {
          seen[e] = step;
          stack[top++] = e;
        }
      }
    }
    return size;
  }

  private static boolean contains(int[] states, int size, int state) {
    for (int k = 0; k < size; k++) {
      if (states[k] == state) return true;
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builds the automaton; {@code cursor} is the state the next piece of the pattern starts from. */
  private static final class Builder {
    private static final class State {
      final List<Integer> kinds = new ArrayList<>();
      final List<Integer> codePoints = new ArrayList<>();
      final List<Integer> targets = new ArrayList<>();
      final List<Integer> epsilons = new ArrayList<>();
    }

    final List<State> states = new ArrayList<>();
    int cursor;

    Builder() {
      cursor = state();
    }

    int state() {
      states.add(new State());
      return states.size() - 1;
    }

    void move(int from, int kind, int codePoint, int to) {
      State s = states.get(from);
      s.kinds.add(kind);
      s.codePoints.add(codePoint);
      s.targets.add(to);
    }

    void epsilon(int from, int to) {
      states.get(from).epsilons.add(to);
    }

    /** Any number of code points of {@code kind}, then on. */
    void loop(int kind) {
      int loop = state();
      epsilon(cursor, loop);
      move(loop, kind, 0, loop);
      cursor = loop;
    }
  }
}
