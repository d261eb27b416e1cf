package dev.lambdalint.core.template;

/** PLACEHOLDER until the typed view lands. */
public final class Function {}
