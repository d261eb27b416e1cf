package dev.lambdalint.core.template;

/** One environment variable of a function (its own or inherited from Globals). */
public record EnvVar(String name, ScalarNode keyNode, Node value, Setting.Origin origin) {}
