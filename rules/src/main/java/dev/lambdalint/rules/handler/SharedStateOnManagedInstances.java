package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.CompilationUnit;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.java.SharedStateWrite;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Resolved;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * On Lambda Managed Instances one handler object serves many requests at once, one thread each:
 * a field the invocation path writes (or a collection it mutates, a fixed file under {@code /tmp})
 * is shared by concurrent requests, which overwrite each other's values or corrupt the structure.
 */
@RuleInfo(
    id = "LL110",
    name = "shared-state-on-managed-instances",
    severity = Severity.WARNING,
    category = Category.HANDLER_CODE,
    summary = "Handler code on Lambda Managed Instances writes state that concurrent requests share",
    tags = {"correctness", "concurrency", "managed-instances", "java"},
    precision = Precision.HIGH)
public final class SharedStateOnManagedInstances implements Rule {

  /** A write on the invocation path of a function on managed instances. */
  private record SharedWrite(SharedStateWrite write, Function function, JavaModel.Handler handler,
      Function.ManagedInstances managed) {}

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    Map<CompilationUnit, List<SharedWrite>> byUnit = context.perRun(SharedStateOnManagedInstances.class, () -> writesByUnit(context));
    Set<Object> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SharedWrite w : byUnit.getOrDefault(source.unit(), List.of())) {
      if (!reported.add(w.write().at())) continue;
      sink.report(source.location(w.write().at()), message(w.write(), w.function(), w.handler(), w.managed()));
    }
  }

  /**
   * Every shared-state write of every Java function on managed instances, in function order, by the
   * file it is in: found once per run, so each file costs its own writes, not a loop over every function.
   */
  private static Map<CompilationUnit, List<SharedWrite>> writesByUnit(LintContext context) {
    JavaModel java = context.java();
    Map<CompilationUnit, List<SharedWrite>> byUnit = new IdentityHashMap<>();
    for (Function function : context.functions()) {
      if (!function.isJava()) continue;
      Optional<Function.ManagedInstances> managed = function.managedInstances();
      // One request per execution environment at a time: one thread, nothing shared.
      if (managed.isEmpty() || managed.get().servesOneRequestAtATime()) continue;
      Optional<JavaModel.Handler> handler = context.handlerOf(function);
      if (handler.isEmpty()) continue;
      for (SharedStateWrite write : java.sharedStateWrites(handler.get())) {
        write.at().findCompilationUnit().ifPresent(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>())
            .add(new SharedWrite(write, function, handler.get(), managed.get())));
      }
    }
    return byUnit;
  }

  private static String message(SharedStateWrite write, Function function, JavaModel.Handler handler,
      Function.ManagedInstances managed) {
    String concurrency = managed.perExecutionEnvironmentMaxConcurrency() instanceof Resolved.Known k
        && k.number().isPresent()
        ? "up to " + k.number().get() + " requests at once" : "many requests at once (for Java, 32 per vCPU by default)";
    String platform = function.logicalId() + " runs on Lambda Managed Instances, where one " + handler.type().getNameAsString()
        + " object serves " + concurrency + ", each on its own thread";
    return switch (write.kind()) {
      case ASSIGNMENT, INCREMENT -> write.method() + " " + (write.kind() == SharedStateWrite.Kind.INCREMENT ? "updates" : "writes")
          + " the " + write.type() + " field " + write.target() + " on every request, but " + platform
          + ": concurrent requests overwrite each other's value; keep per-request state in local variables, or use an"
          + " Atomic type, synchronized or a Lock";
      case MUTATING_CALL -> write.method() + " calls " + write.target() + "." + callName(write) + "() on every request, but "
          + write.target() + " is " + article(write.type()) + " " + write.type() + ", which is not thread-safe, and " + platform
          + ": concurrent calls can corrupt it; use a thread-safe type (ConcurrentHashMap, Collections.synchronized…,"
          + " a per-request local) or guard it with synchronized or a Lock";
      case TMP_FILE -> write.method() + " writes " + write.target() + " on every request, but " + platform
          + ": concurrent requests write the same file; give each request its own file (Files.createTempFile, a"
          + " request id in the name) or lock the file";
    };
  }

  private static String article(String word) {
    return !word.isEmpty() && "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String callName(SharedStateWrite write) {
    return write.at() instanceof com.github.javaparser.ast.expr.MethodCallExpr call ? call.getNameAsString() : "?";
  }
}
