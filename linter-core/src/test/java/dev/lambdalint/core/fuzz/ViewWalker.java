package dev.lambdalint.core.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Calls every public accessor of the typed template view ({@code dev.lambdalint.core.template})
 * reachable from a root object — every no-argument method, and every one-argument method that
 * takes a view type or a {@code String}, with values met on the way — the way rules would. An
 * accessor that throws on a template of the wrong shape would be an LL002 in some rule; here it
 * surfaces as the exception itself, with the accessor named.
 *
 * <p>New accessors are covered without touching this class. Bounded by {@code budget} calls.
 */
public final class ViewWalker {
  private static final String VIEW_PACKAGE = "dev.lambdalint.core.template";
  private static final Set<String> SKIPPED = Set.of("hashCode", "equals", "getClass", "notify", "notifyAll", "wait");

  private final Map<Object, Boolean> seen = new IdentityHashMap<>();
  private final List<Object> arguments = new ArrayList<>();
  private final List<String> strings = new ArrayList<>(List.of("", "Fn", "Timeout", "Properties", "Type"));
  private int budget;

  private ViewWalker(int budget) {
    this.budget = budget;
  }

  /** Walks everything reachable from {@code root}; throws what an accessor throws. */
  public static void walk(Object root, int budget) {
    new ViewWalker(budget).visit(root, 0);
  }

  private void visit(Object value, int depth) {
    if (value == null || budget <= 0 || depth > 12) return;
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> visit(v, depth));
      return;
    }
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        if (i++ > 50) break;
        visit(item, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      visit(m.keySet(), depth);
      visit(m.values(), depth);
      return;
    }
    if (value instanceof String s) {
      if (strings.size() < 40 && !s.isEmpty() && s.length() < 64) strings.add(s);
      return;
    }
    if (!isView(value.getClass())) return;
    if (seen.put(value, Boolean.TRUE) != null) return;
    if (arguments.size() < 40) arguments.add(value);
    for (Method m : accessors(value.getClass())) {
      if (budget-- <= 0) return;
      if (m.getParameterCount() == 0) {
        visit(call(value, m), depth + 1);
      } else {
        Class<?> type = m.getParameterTypes()[0];
        List<Object> candidates = new ArrayList<>();
        if (type == String.class) candidates.addAll(strings.subList(0, Math.min(strings.size(), 8)));
        for (Object a : arguments) if (type.isInstance(a) && candidates.size() < 8) candidates.add(a);
        for (Object a : candidates) visit(call(value, m, a), depth + 1);
      }
    }
  }

  private static boolean isView(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getPackageName().equals(VIEW_PACKAGE)) return true;
      for (Class<?> i : c.getInterfaces()) if (i.getPackageName().equals(VIEW_PACKAGE)) return true;
    }
    return false;
  }

  private static List<Method> accessors(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && !SKIPPED.contains(m.getName()))
        .filter(m -> m.getReturnType() != void.class)
        .filter(m -> m.getParameterCount() == 0 || (m.getParameterCount() == 1
            && (m.getParameterTypes()[0] == String.class || isView(m.getParameterTypes()[0]))))
        .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
        .toList();
  }

  private static Object call(Object target, Method m, Object... args) {
    try {
      m.setAccessible(true);
      return m.invoke(target, args);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      return null;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NoSuchElementException nse && m.getName().startsWith("require")) return null;
      if (cause instanceof RuntimeException r) {
        r.addSuppressed(new IllegalStateException("thrown by " + m.getDeclaringClass().getSimpleName() + "."
            + m.getName() + Arrays.toString(args)));
        throw r;
      }
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }
}
