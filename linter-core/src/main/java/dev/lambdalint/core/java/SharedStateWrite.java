package dev.lambdalint.core.java;

import com.github.javaparser.ast.Node;

/**
 * A write on a handler's invocation path to state that every request served by the same handler
 * object sees ({@link JavaModel#sharedStateWrites}): a field of the handler (or of an object built
 * once at init, or a static field) assigned or incremented, a field of a type that is not
 * thread-safe mutated through a call, or a file under {@code /tmp} written by a fixed name.
 *
 * @param at the assignment, {@code ++}/{@code --}, mutating call or file-writing call
 * @param target the field's name ({@code count}, {@code cache}), or the file's path for {@link Kind#TMP_FILE}
 * @param kind what the write is
 * @param type for {@link Kind#MUTATING_CALL} the field's type that is not thread-safe
 *     ({@code HashMap}); for a field write, {@code static} or {@code instance}; empty for a file
 * @param method the method the write is in, {@code Class.method}
 */
public record SharedStateWrite(Node at, String target, Kind kind, String type, String method) {

  /** What kind of write it is. */
  public enum Kind {
    /** {@code field = …}, {@code field += …}. */
    ASSIGNMENT,
    /** {@code field++}, {@code --field}. */
    INCREMENT,
    /** {@code map.put(…)}, {@code list.add(…)}, {@code builder.append(…)}, {@code format.parse(…)} on a field. */
    MUTATING_CALL,
    /** {@code Files.write(Path.of("/tmp/out.json"), …)}: every request writes the same file. */
    TMP_FILE
  }
}
