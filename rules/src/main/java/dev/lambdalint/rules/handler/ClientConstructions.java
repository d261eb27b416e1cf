package dev.lambdalint.rules.handler;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.java.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The expensive, reusable clients LL101 knows, recognised by resolved type, never by variable
 * name. A builder chain ({@code S3Client.builder()…build()}) is one construction, reported at the
 * chain's outermost call so it starts where the chain starts.
 */
final class ClientConstructions {

  /** A construction found: the expression to report and the client's name for the message. */
  record Construction(Expression expression, String client) {}

  /** AWS SDK v2 service clients: {@code software.amazon.awssdk.services.s3.S3Client}, {@code …AsyncClient}. */
  private static final Pattern SDK_V2_CLIENT = Pattern.compile("software\\.amazon\\.awssdk\\.services\\.[a-z0-9]+\\.[A-Za-z0-9]+Client");
  private static final Set<String> SDK_V2_ENHANCED = Set.of(
      "software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient",
      "software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient");
  /** AWS SDK v1 builders: {@code com.amazonaws.services.s3.AmazonS3ClientBuilder}. */
  private static final Pattern SDK_V1_BUILDER = Pattern.compile("com\\.amazonaws\\.services\\.[a-z0-9.]+\\.[A-Za-z0-9]+ClientBuilder");
  /** AWS SDK v1 clients built with {@code new}: {@code com.amazonaws.services.s3.AmazonS3Client}. */
  private static final Pattern SDK_V1_CLIENT = Pattern.compile("com\\.amazonaws\\.services\\.[a-z0-9.]+\\.(Amazon|AWS)[A-Za-z0-9]*Client");

  /**
   * The AWS SDK v2's HTTP clients ({@code software.amazon.awssdk.http.apache.ApacheHttpClient}, …): a
   * connection pool each, built by hand with {@code builder()…build()} or {@code create()}.
   */
  private static final String SDK_HTTP = "software.amazon.awssdk.http.";

  /** The SDK's own HTTP clients, under {@link #SDK_HTTP}: each {@code create()}s or {@code builder()}s one. */
  private static final List<String> SDK_HTTP_CLIENTS = List.of("apache.ApacheHttpClient", "apache5.Apache5HttpClient",
      "urlconnection.UrlConnectionHttpClient", "nio.netty.NettyNioAsyncHttpClient", "crt.AwsCrtHttpClient",
      "crt.AwsCrtAsyncHttpClient");

  /** Static factories that build a client in one call: type → method names. */
  private static final List<Factory> ONE_CALL_FACTORIES = withSdkHttpClients("create",
      new Factory("java.net.http.HttpClient", Set.of("newHttpClient"), "HttpClient"),
      new Factory("org.apache.http.impl.client.HttpClients", Set.of("createDefault", "createSystem", "createMinimal"), "Apache HttpClient"),
      new Factory("org.apache.hc.client5.http.impl.classic.HttpClients", Set.of("createDefault", "createSystem", "createMinimal"), "Apache HttpClient"),
      new Factory("java.sql.DriverManager", Set.of("getConnection"), "JDBC connection"),
      new Factory("com.mongodb.client.MongoClients", Set.of("create"), "MongoClient"),
      new Factory("io.lettuce.core.RedisClient", Set.of("create"), "RedisClient"));

  /** Static factories that start a builder; the chain's {@code build()} makes the client. */
  private static final List<Factory> BUILDER_FACTORIES = withSdkHttpClients("builder",
      new Factory("java.net.http.HttpClient", Set.of("newBuilder"), "HttpClient"),
      new Factory("org.apache.http.impl.client.HttpClients", Set.of("custom"), "Apache HttpClient"),
      new Factory("org.apache.http.impl.client.HttpClientBuilder", Set.of("create"), "Apache HttpClient"),
      new Factory("org.apache.hc.client5.http.impl.classic.HttpClients", Set.of("custom"), "Apache HttpClient"));

  /** Types whose {@code new} builds the client (or a pool, a mapper: costly and thread-safe). */
  private static final List<Factory> CONSTRUCTED = List.of(
      new Factory("okhttp3.OkHttpClient", Set.of(), "OkHttpClient"),
      new Factory("com.zaxxer.hikari.HikariDataSource", Set.of(), "HikariDataSource"),
      new Factory("redis.clients.jedis.Jedis", Set.of(), "Jedis"),
      new Factory("redis.clients.jedis.JedisPool", Set.of(), "JedisPool"),
      new Factory("com.fasterxml.jackson.databind.ObjectMapper", Set.of(), "ObjectMapper"),
      new Factory("com.google.gson.Gson", Set.of(), "Gson"));

  private record Factory(String type, Set<String> methods, String client) {}

  private ClientConstructions() {}

  private static List<Factory> withSdkHttpClients(String method, Factory... others) {
    List<Factory> all = new ArrayList<>(List.of(others));
    for (String client : SDK_HTTP_CLIENTS) {
      all.add(new Factory(SDK_HTTP + client, Set.of(method), client.substring(client.lastIndexOf('.') + 1)));
    }
    return List.copyOf(all);
  }

  /** The client {@code call} constructs, if it is one of the known constructions. */
  static Optional<Construction> of(MethodCallExpr call, JavaModel java) {
    Optional<String> typeName = call.getScope().flatMap(TypeNames::spelledTypeName);
    CompilationUnit unit = call.findCompilationUnit().orElse(null);
    if (typeName.isEmpty() || unit == null || isVariable(call, typeName.get(), java)) return Optional.empty();
    List<String> candidates = TypeNames.candidates(unit, typeName.get());
    String method = call.getNameAsString();

    for (String fqn : candidates) {
      String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
      if (SDK_V2_CLIENT.matcher(fqn).matches() || SDK_V2_ENHANCED.contains(fqn)) {
        if (method.equals("create")) return found(call, simple);
        if (method.equals("builder")) return built(call, simple);
      }
      if (SDK_V1_BUILDER.matcher(fqn).matches()) {
        String client = simple.substring(0, simple.length() - "Builder".length());
        if (method.equals("defaultClient")) return found(call, client);
        if (method.equals("standard")) return built(call, client);
      }
    }
    for (Factory f : ONE_CALL_FACTORIES) {
      if (candidates.contains(f.type()) && f.methods().contains(method)) return found(call, f.client());
    }
    for (Factory f : BUILDER_FACTORIES) {
      if (candidates.contains(f.type()) && f.methods().contains(method)) return built(call, f.client());
    }
    return Optional.empty();
  }

  /** The client {@code creation} constructs ({@code new ObjectMapper()}, {@code new OkHttpClient.Builder()…build()}). */
  static Optional<Construction> of(ObjectCreationExpr creation) {
    if (creation.getAnonymousClassBody().isPresent()) return Optional.empty();
    CompilationUnit unit = creation.findCompilationUnit().orElse(null);
    if (unit == null) return Optional.empty();
    List<String> candidates = TypeNames.candidates(unit, creation.getType());
    for (String fqn : candidates) {
      if (SDK_V1_CLIENT.matcher(fqn).matches()) return found(creation, fqn.substring(fqn.lastIndexOf('.') + 1));
      if (fqn.equals("okhttp3.OkHttpClient.Builder")) return built(creation, "OkHttpClient");
    }
    for (Factory f : CONSTRUCTED) {
      if (candidates.contains(f.type())) return found(creation, f.client());
    }
    return Optional.empty();
  }

  private static Optional<Construction> found(Expression expression, String client) {
    return Optional.of(new Construction(expression, client));
  }

  /** A builder start counts only when its chain ends in {@code build()}; reported at the whole chain. */
  private static Optional<Construction> built(Expression start, String client) {
    Expression chain = start;
    boolean built = false;
    while (chain.getParentNode().orElse(null) instanceof MethodCallExpr parent && parent.getScope().orElse(null) == chain) {
      chain = parent;
      if (parent.getNameAsString().equals("build")) built = true;
    }
    return built ? found(chain, client) : Optional.empty();
  }

  /**
   * A name that is a parameter, local or field is not a type: {@code client.create()} is no factory
   * call. The model indexes each block's declarations once: searching every enclosing block per
   * call made a long handler method quadratic (issue 18, item 12).
   */
  private static boolean isVariable(Node at, String name, JavaModel java) {
    return !name.contains(".") && java.isVariable(at, name);
  }
}
