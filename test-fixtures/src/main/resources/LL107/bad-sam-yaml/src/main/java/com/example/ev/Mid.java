package com.example.ev;

public abstract class Mid<T> extends Base<T, Void> {
  @Override
  protected Void process(T event) {
    return null;
  }
}
