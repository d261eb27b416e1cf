package dev.lambdalint.core.template;

import java.util.function.Supplier;

/**
 * A view's derived fact, computed on first use and kept. Views are immutable and the computation
 * is pure, so two threads racing on the first use compute equal values and either may win: no lock.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  private Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  static <T> Lazy<T> of(Supplier<T> compute) {
    return new Lazy<>(compute);
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) result = value = compute.get();
    return result;
  }
}
