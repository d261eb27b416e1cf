package dev.lambdalint.core.frontend;

import dev.lambdalint.core.engine.Candidate;
import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.FrontEnd;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.Loading;
import dev.lambdalint.core.engine.Rule;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.suppress.CommentSyntax;
import dev.lambdalint.core.suppress.Suppression;
import dev.lambdalint.core.suppress.SuppressionScanner;
import dev.lambdalint.core.template.EventSource;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CloudFormation and SAM templates, YAML or JSON ({@code .yaml .yml .json .template}): a file is
 * one when CloudFormation would take it for one ({@link TemplateLoader}); other YAML and JSON (a
 * workflow, {@code package.json}) is ignored unless it clearly meant to be a template. Rules see
 * each template, each of its functions and each function's event sources.
 */
public final class CloudFormationFrontEnd implements FrontEnd<Template> {
  private static final Kind<Template> KIND =
      new Kind<>("CloudFormation/SAM template", Template.class, Counted.TEMPLATE, Optional.of(CommentSyntax.HASH));
  private static final TemplateLoader LOADER = new TemplateLoader();

  @Override
  public Kind<Template> kind() {
    return KIND;
  }

  @Override
  public boolean claims(Candidate file) {
    return TemplateLoader.isCandidate(file.path());
  }

  @Override
  public Optional<Template> load(SourceFile file, Loading loading) {
    Optional<byte[]> bytes = loading.read();
    if (bytes.isEmpty()) return Optional.empty();
    LoadResult result;
    if (bytes.get().length > loading.maxBytes()) {
      // Over the limit: what was read is only the start; the whole file is streamed for a marker.
      try (InputStream in = loading.open()) {
        result = LOADER.oversized(file, in);
      } catch (IOException e) {
        loading.cannotRead(e);
        return Optional.empty();
      }
    } else {
      result = LOADER.load(file, bytes.get());
    }
    if (result instanceof LoadResult.Loaded loaded) {
      loading.keepText(loaded.text()); // decoded: a UTF-16 template's comments are read too
      loaded.problems().forEach(loading::problem);
      return Optional.of(Template.of(file, loaded.root()));
    }
    if (result instanceof LoadResult.Failed failed) loading.problem(failed.problem());
    return Optional.empty();
  }

  @Override
  public long cost(Template template) {
    return template.root().range().endLine();
  }

  @Override
  public void check(Template template, Rule rule, LintContext context, FindingSink sink) {
    checkEachSubject(template, rule, context, sink);
  }

  /** Runs a rule's hooks on a template: the template, each of its functions, each function's event sources. */
  static void checkEachSubject(Template template, Rule rule, LintContext context, FindingSink sink) {
    rule.checkTemplate(template, context, sink);
    for (Function function : template.functions()) {
      rule.checkFunction(function, context, sink);
      for (EventSource event : function.events()) rule.checkEvent(function, event, context, sink);
    }
  }

  /** YAML comments (JSON has none) and each resource's {@code Metadata: {lambdalint: {ignore: …}}}. */
  @Override
  public List<Suppression> suppressions(Template template, SourceFile file, List<String> lines, SuppressionScanner scanner) {
    List<Suppression> found = new ArrayList<>();
    if (!SuppressionScanner.isJson(lines)) found.addAll(scanner.comments(file, lines, CommentSyntax.HASH));
    found.addAll(scanner.metadata(template));
    return found;
  }

  /**
   * Its own folder, whose code is read for the joins (only the template is reported) — when the
   * file mentions AWS at all: a YAML file that is no template (a workflow, .lambdalint.yml) needs
   * no context, and reading a whole folder for it would be slow. A template in {@code cdk.out} also
   * reads its app's Java source, where its findings are shown.
   */
  @Override
  public GivenAlone givenAlone(Path file, Project project) {
    String head = new String(Candidate.head(file, 1 << 20), StandardCharsets.UTF_8);
    boolean mentionsAws = head.contains("AWS::") || head.contains("AWSTemplateFormatVersion");
    if (!mentionsAws) return GivenAlone.NOTHING;
    List<Path> read = new ArrayList<>(List.of(file.getParent()));
    read.addAll(CdkJavaFrontEnd.appContext(file)); // a cdk.out template: its findings go to the CDK source
    return new GivenAlone(read, List.of());
  }
}
