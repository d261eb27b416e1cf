package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.JavaModel.TypeInfoView;
import dev.lambdalint.core.java.TypeNames;
import dev.lambdalint.core.template.EventKind;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What LL105 and LL106 share: which event sources can report partial batch failures, whether
 * they enable it, and whether a handler's return type can carry {@code batchItemFailures}. The
 * last is a fact other rules ask too ({@link #handlerReturnsBatchFailures}): LL204 stays silent
 * where the handler's batch response is what goes unheard, which LL105 reports as an error.
 */
public final class BatchResponses {
  static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";
  private static final String EVENTS = "com.amazonaws.services.lambda.runtime.events.";
  private static final Set<String> BATCH_RESPONSE_TYPES = Set.of(EVENTS + "SQSBatchResponse", EVENTS + "StreamsEventResponse");
  private static final Set<String> MAP_TYPES = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
      "java.util.TreeMap", "java.util.concurrent.ConcurrentHashMap");
  private static final Set<String> PLAIN_VALUES = Set.of("String", "Boolean", "Integer", "Long", "Short", "Byte",
      "Double", "Float", "Character", "Void", "Number");
  /** Kinds whose event source mapping understands {@code FunctionResponseTypes}. */
  private static final Set<EventKind> BATCH_SOURCES = Set.of(EventKind.SQS, EventKind.KINESIS, EventKind.DYNAMODB);

  private BatchResponses() {}

  /** One batch event source of a function, with the handler's return type. */
  @FunctionalInterface
  interface SourceVisitor {
    void visit(Function function, JavaModel.Handler handler, ReturnType returns, EventSource source);
  }

  /**
   * Visits every SQS/Kinesis/DynamoDB event source of {@code function} when its linked handler's
   * return type has {@code capability}.
   */
  static void forEachBatchSource(Function function, LintContext context, Capability capability, SourceVisitor visitor) {
    if (function.events().stream().noneMatch(BatchResponses::isBatchSource)) return;
    Optional<JavaModel.Handler> handler = context.handlerOf(function);
    if (handler.isEmpty()) return;
    ReturnType returns = of(handler.get(), context.java());
    if (returns.capability() != capability) return;
    for (EventSource source : function.events()) {
      if (isBatchSource(source)) visitor.visit(function, handler.get(), returns, source);
    }
  }

  /**
   * Whether the handler linked to {@code function} returns a result that carries
   * {@code batchItemFailures} ({@code SQSBatchResponse}, {@code StreamsEventResponse}, a type
   * with such a field, or a {@code Map} built with that key). False when no handler is linked or
   * its return type cannot be known.
   */
  public static boolean handlerReturnsBatchFailures(Function function, LintContext context) {
    return context.handlerOf(function).map(h -> of(h, context.java()).capability() == Capability.CAN_REPORT).orElse(false);
  }

  static boolean isBatchSource(EventSource source) {
    return BATCH_SOURCES.contains(source.kind());
  }

  static String displayName(EventKind kind) {
    return switch (kind) {
      case SQS -> "SQS";
      case KINESIS -> "Kinesis";
      case DYNAMODB -> "DynamoDB stream";
      default -> kind.name();
    };
  }

  /** Whether a handler's result can carry {@code batchItemFailures}, and the type it returns. */
  enum Capability { CAN_REPORT, CANNOT_REPORT, UNKNOWN }

  record ReturnType(Capability capability, String name) {
    static final ReturnType UNKNOWN = new ReturnType(Capability.UNKNOWN, "?");
  }

  static ReturnType of(JavaModel.Handler handler, JavaModel java) {
    MethodDeclaration method = handler.method();
    // RequestStreamHandler writes its own JSON to the output stream: it may well report failures.
    if (method.getParameters().stream().anyMatch(p -> p.getType().asString().endsWith("OutputStream"))) {
      return ReturnType.UNKNOWN;
    }
    Type type = method.getType();
    if (type.isVoidType()) return new ReturnType(Capability.CANNOT_REPORT, "void");
    if (type.isPrimitiveType()) return new ReturnType(Capability.CANNOT_REPORT, type.asString());
    Optional<Type> concrete = java.concreteType(handler, type);
    if (concrete.isEmpty() || !(concrete.get() instanceof ClassOrInterfaceType written)) return ReturnType.UNKNOWN;
    String name = written.getNameWithScope();
    Node context = concrete.get();
    CompilationUnit unit = context.findCompilationUnit().orElse(null);
    if (unit == null) return ReturnType.UNKNOWN;
    List<String> candidates = TypeNames.candidates(unit, name);
    String simple = written.getNameAsString();
    if (candidates.stream().anyMatch(BATCH_RESPONSE_TYPES::contains)) return new ReturnType(Capability.CAN_REPORT, simple);
    Optional<TypeInfoView> scanned = java.resolveType(context, name);
    if (scanned.isPresent()) return scannedType(scanned.get(), java, simple);
    if (candidates.stream().anyMatch(MAP_TYPES::contains)) {
      return mentionsBatchItemFailures(handler, java) ? new ReturnType(Capability.CAN_REPORT, simple) : ReturnType.UNKNOWN;
    }
    if (PLAIN_VALUES.contains(name) || (name.startsWith("java.lang.") && PLAIN_VALUES.contains(simple))) {
      return new ReturnType(Capability.CANNOT_REPORT, simple);
    }
    if (!candidates.isEmpty() && candidates.get(0).startsWith(EVENTS) && !name.contains(".")) {
      return new ReturnType(Capability.CANNOT_REPORT, simple); // another aws-lambda-java-events type
    }
    return ReturnType.UNKNOWN;
  }

  /** A scanned result type carries failures when it has a {@code batchItemFailures} field or getter. */
  private static ReturnType scannedType(TypeInfoView type, JavaModel java, String simple) {
    for (TypeInfoView t : java.hierarchy(type)) {
      TypeDeclaration<?> declaration = t.declaration();
      boolean field = declaration.getFields().stream().flatMap((FieldDeclaration f) -> f.getVariables().stream())
          .anyMatch(v -> v.getNameAsString().equals("batchItemFailures"));
      boolean getter = !declaration.getMethodsByName("getBatchItemFailures").isEmpty()
          || !declaration.getMethodsByName("batchItemFailures").isEmpty();
      boolean recordComponent = declaration.isRecordDeclaration() && declaration.asRecordDeclaration().getParameters()
          .stream().anyMatch(p -> p.getNameAsString().equals("batchItemFailures"));
      if (field || getter || recordComponent) return new ReturnType(Capability.CAN_REPORT, simple);
    }
    List<TypeInfoView> hierarchy = java.hierarchy(type);
    TypeDeclaration<?> top = hierarchy.get(hierarchy.size() - 1).declaration();
    if (top instanceof ClassOrInterfaceDeclaration c && (c.isInterface() || !c.getExtendedTypes().isEmpty())) {
      return ReturnType.UNKNOWN; // an interface, or a base class outside the sources
    }
    return new ReturnType(Capability.CANNOT_REPORT, simple);
  }

  /** A {@code Map} result carries failures when the handler's code builds the {@code batchItemFailures} key. */
  private static boolean mentionsBatchItemFailures(JavaModel.Handler handler, JavaModel java) {
    return handler.source().unit().findAll(StringLiteralExpr.class).stream()
        .anyMatch(s -> s.asString().equals("batchItemFailures"))
        || java.sources().stream().flatMap(s -> s.unit().findAll(StringLiteralExpr.class,
                l -> l.asString().equals("batchItemFailures")).stream())
            .anyMatch(l -> java.reaches(handler, l));
  }
}
