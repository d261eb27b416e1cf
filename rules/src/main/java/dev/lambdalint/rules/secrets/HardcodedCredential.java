package dev.lambdalint.rules.secrets;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.java.JavaSource;
import dev.lambdalint.core.model.Category;
import dev.lambdalint.core.model.Precision;
import dev.lambdalint.core.model.RuleInfo;
import dev.lambdalint.core.model.Severity;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Credentials written into Java source: literal AWS credentials, an access key id, a JDBC URL
 * with its password, or a literal assigned to a field, variable or constant with a secret name.
 * They end up in the repository, the jar and every copy of both. A literal passed as a method
 * argument is judged only by its shape, never by the method's name ({@code getSecret("…")} takes
 * a secret's name).
 */
@RuleInfo(
    id = "LL103",
    name = "hardcoded-credential",
    severity = Severity.ERROR,
    category = Category.SECURITY,
    summary = "Credentials are written into Java source",
    tags = {"security", "secrets", "java"},
    precision = Precision.HIGH,
    securitySeverity = "8.0",
    secretInFindings = true)
public final class HardcodedCredential implements Rule {
  /** SDK v2 static factories ({@code AwsBasicCredentials.create}) and SDK v1 constructors. */
  private static final Set<String> CREDENTIAL_FACTORIES = Set.of("AwsBasicCredentials", "AwsSessionCredentials");
  private static final Set<String> CREDENTIAL_CLASSES = Set.of("BasicAWSCredentials", "BasicSessionCredentials");
  private static final String ADVICE = "; read it at runtime (Secrets Manager, SSM SecureString, or the function's role)"
      + " and rotate the exposed value";

  @Override
  public void checkJava(JavaSource source, LintContext context, FindingSink sink) {
    if (isTestSource(source)) return;
    Map<Node, Boolean> done = new IdentityHashMap<>();

    for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
      Optional<String> scope = call.getScope().map(HardcodedCredential::simpleName);
      if (call.getNameAsString().equals("create") && scope.map(CREDENTIAL_FACTORIES::contains).orElse(false)) {
        credentialsCall(source, call, scope.get() + ".create", call.getArguments(), sink, done);
      }
    }
    for (ObjectCreationExpr creation : source.unit().findAll(ObjectCreationExpr.class)) {
      String type = creation.getType().getNameAsString();
      if (CREDENTIAL_CLASSES.contains(type)) credentialsCall(source, creation, "new " + type, creation.getArguments(), sink, done);
    }
    for (VariableDeclarator v : source.unit().findAll(VariableDeclarator.class)) {
      v.getInitializer().ifPresent(init -> named(source, v.getNameAsString(), init, sink, done));
    }
    for (AssignExpr a : source.unit().findAll(AssignExpr.class)) {
      Optional<String> target = a.getTarget() instanceof NameExpr n ? Optional.of(n.getNameAsString())
          : a.getTarget() instanceof FieldAccessExpr f ? Optional.of(f.getNameAsString()) : Optional.empty();
      target.ifPresent(name -> named(source, name, a.getValue(), sink, done));
    }
    // A literal passed to a method is never judged by the method's name: getSecret("OrdersDbCredentials")
    // passes a secret's name. Only the credentials calls above, assignments and the shapes below count.
    for (LiteralStringValueExpr literal : source.unit().findAll(LiteralStringValueExpr.class)) {
      if (done.containsKey(literal)) continue;
      String value;
      if (literal instanceof TextBlockLiteralExpr t) value = t.asString();
      else if (literal instanceof StringLiteralExpr s) value = s.asString();
      else continue;
      SecretPatterns.shapeOf(value).ifPresent(m -> {
        done.put(literal, true);
        sink.report(source.location(literal), "String literal holds " + m.description() + " ("
            + SecretPatterns.mask(m.secret()) + ")" + ADVICE);
      });
    }
  }

  /** {@code AwsBasicCredentials.create("AKIA…", "wJal…")}: the secret (second argument) is a literal. */
  private static void credentialsCall(JavaSource source, Expression call, String what, List<Expression> args,
      FindingSink sink, Map<Node, Boolean> done) {
    if (args.size() < 2) return;
    Optional<String> secret = literal(args.get(1));
    if (secret.isEmpty() || secret.get().isBlank() || SecretPatterns.isPlaceholder(secret.get())) return;
    call.findAll(StringLiteralExpr.class).forEach(l -> done.put(l, true));
    sink.report(source.location(call), what + " is given literal credentials (secret "
        + SecretPatterns.mask(secret.get()) + ")" + ADVICE);
  }

  /** A literal under a name that means a secret: {@code dbPassword = "…"}, {@code API_KEY = "…"}. */
  private static void named(JavaSource source, String name, Expression value, FindingSink sink, Map<Node, Boolean> done) {
    // "…".toCharArray() / "…".getBytes(…): the literal is the secret all the same
    if (value instanceof MethodCallExpr call && call.getScope().filter(StringLiteralExpr.class::isInstance).isPresent()
        && (call.getNameAsString().equals("toCharArray") || call.getNameAsString().equals("getBytes"))) {
      value = call.getScope().get();
    }
    if (!(value instanceof StringLiteralExpr literal) || done.containsKey(literal)) return;
    if (!SecretPatterns.nameMeansSecret(name)) return;
    String text = literal.asString();
    if (!SecretPatterns.isSecretValue(text)) return;
    done.put(literal, true);
    String what = SecretPatterns.shapeOf(text).map(m -> m.description() + " (" + SecretPatterns.mask(m.secret()) + ")")
        .orElse("a literal secret (" + SecretPatterns.mask(text) + ")");
    sink.report(source.location(literal), name + " is set to " + what + ADVICE);
  }

  private static Optional<String> literal(Expression e) {
    return e instanceof StringLiteralExpr s ? Optional.of(s.asString()) : Optional.empty();
  }

  private static String simpleName(Expression scope) {
    if (scope instanceof NameExpr n) return n.getNameAsString();
    if (scope instanceof FieldAccessExpr f) return f.getNameAsString();
    return "";
  }

  /** Test sources ({@code src/test/}) may hold fake credentials. */
  private static boolean isTestSource(JavaSource source) {
    return ("/" + source.file().path().replace('\\', '/')).contains("/src/test/");
  }
}
