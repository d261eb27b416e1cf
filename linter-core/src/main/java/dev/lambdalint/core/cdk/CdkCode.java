package dev.lambdalint.core.cdk;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.core.model.TextRange;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A function's {@code Code}: {@code Code.fromAsset(path)} relative to where {@code cdk synth} runs
 * becomes the Maven module that builds the asset (so the handler joins to its sources and LL401
 * finds its packaged jar), or the path itself; {@code fromBucket}/{@code fromInline}/image code
 * their S3, inline and image shapes.
 */
final class CdkCode {
  private CdkCode() {}

  static Draft code(CdkFile f, Expression e, TextRange at) {
    Expression x = f.values.deref(e);
    if (!(x instanceof MethodCallExpr call) || call.getScope().isEmpty()) return Draft.unknowable(e.toString(), at);
    String scope = call.getScope().get().toString();
    if (!scope.equals("Code") && !scope.endsWith(".Code")) return Draft.unknowable(e.toString(), at);
    switch (call.getNameAsString()) {
      case "fromAsset" -> {
        if (call.getArguments().isEmpty()) break;
        Optional<String> path = f.values.string(call.getArgument(0));
        if (path.isEmpty()) break;
        return asset(f.assetBase, path.get()).map(p -> (Draft) Draft.text(p, at)).orElseGet(() -> Draft.unknowable(e.toString(), at));
      }
      case "fromBucket", "fromBucketV2" -> {
        Draft.DMap s3 = new Draft.DMap(at);
        s3.put("S3Bucket", at, f.arnOf(call.getArgument(0), at));
        if (call.getArguments().size() > 1) s3.put("S3Key", at, f.values.scalar(call.getArgument(1), at));
        return s3;
      }
      case "fromInline" -> {
        if (call.getArguments().size() != 1) break;
        return new Draft.DMap(at).put("ZipFile", at, f.values.scalar(call.getArgument(0), at));
      }
      case "fromEcrImage", "fromAssetImage" -> {
        return new Draft.DMap(at).put("ImageUri", at, Draft.unknowable(e.toString(), at));
      }
      default -> {
        break;
      }
    }
    return Draft.unknowable(e.toString(), at);
  }

  /**
   * The local code an asset path names, absolute: the Maven module folder for a jar/zip under a
   * module's {@code target/} or for a module folder (bundled with mvn), else the path itself.
   */
  static Optional<String> asset(Path base, String path) {
    try {
      Path p = base.resolve(path).normalize();
      Path parent = p.getParent();
      if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")
          && parent.getParent() != null && Files.isRegularFile(parent.getParent().resolve("pom.xml"))) {
        return Optional.of(parent.getParent().toString());
      }
      return Optional.of(p.toString());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Where {@code cdk synth} runs for a file: the nearest folder above it with {@code cdk.json}, else with {@code pom.xml}, else its own. */
  static Path assetBase(Path javaFile) {
    Path folder = javaFile.toAbsolutePath().getParent();
    for (Path p = folder; p != null; p = p.getParent()) if (Files.isRegularFile(p.resolve("cdk.json"))) return p;
    for (Path p = folder; p != null; p = p.getParent()) if (Files.isRegularFile(p.resolve("pom.xml"))) return p;
    return folder;
  }
}
