package dev.lambdalint.rules.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.FindingSink;
import dev.lambdalint.core.engine.LintContext;
import dev.lambdalint.core.engine.RuleRegistry;
import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Many functions and queues in one template cost work in proportion to the template (issue 18
 * item 14): a queue rule walked the whole template once per queue, and every function rescanned
 * every resource for its event sources, so 10 000 functions took 156 s and 2.8 GB. Every
 * installed rule runs on a generated template of {@code n} and of {@code 2n} functions (each with
 * its own queue, half of them with dead-letter queues, SNS subscriptions, EventBridge rules,
 * permissions and event source mappings), and the work — the bytes the rule allocates on this
 * thread, which a loop over the template per function or per queue multiplies — may at most
 * grow {@link #MAX_RATIO} times when the template doubles: linear work doubles, quadratic work
 * quadruples. No absolute time is measured.
 */
class TemplateScaleTest {
  private static final int N = 1_000;
  private static final double MAX_RATIO = 3.0;

  @Test
  void everyRuleDoesWorkInProportionToTheTemplate() {
    RuleRegistry registry = RuleRegistry.installed(TemplateScaleTest.class.getClassLoader());
    Template small = load(template(N));
    Template large = load(template(2 * N));
    assertThat(large.functions()).hasSize(2 * N);
    Map<String, String> superLinear = new TreeMap<>();
    StringBuilder table = new StringBuilder();
    for (RuleRegistry.RegisteredRule r : registry.rules()) {
      work(r, load(template(N / 10))); // warm up: classes loaded, code compiled
      long smallWork = work(r, small);
      long largeWork = work(r, large);
      double ratio = (double) largeWork / Math.max(1, smallWork);
      table.append(String.format("%s %,d -> %,d bytes (x%.2f)%n", r.meta().id(), smallWork, largeWork, ratio));
      // below 1 MB at the small size a rule does next to nothing on these templates: noise
      if (smallWork > 1_000_000 && ratio > MAX_RATIO) superLinear.put(r.meta().id(), String.format("x%.2f", ratio));
    }
    System.out.println(table);
    assertThat(superLinear).as("rules whose work grows faster than the template (doubling it):%n%s", table).isEmpty();
  }

  /** What {@code rule} allocates on this thread for one template: a count of its work, not a time. */
  private static long work(RuleRegistry.RegisteredRule rule, Template template) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    // a fresh view of the same template: derived views and indexes are built inside the measurement
    Template fresh = Template.of(template.file(), template.root());
    LintContext context = contextOf(fresh);
    List<String> findings = new ArrayList<>();
    FindingSink sink = new FindingSink() {
      @Override
      public void report(Location location, String message) {
        findings.add(message);
      }

      @Override
      public void report(Location location, Severity severity, String message) {
        findings.add(message);
      }
    };
    long before = threads.getThreadAllocatedBytes(thread);
    rule.rule().checkTemplate(fresh, context, sink);
    return threads.getThreadAllocatedBytes(thread) - before;
  }

  private static LintContext contextOf(Template template) {
    JavaModel java = JavaModel.of(List.of());
    return new LintContext() {
      @Override
      public List<Template> templates() {
        return List.of(template);
      }

      @Override
      public JavaModel java() {
        return java;
      }

      @Override
      public Optional<JavaModel.Handler> handlerOf(Function function) {
        return Optional.empty();
      }

      @Override
      public InvocationGraph invocationGraph() {
        return InvocationGraph.build(List.of(template), java, (f, j) -> Optional.empty());
      }
    };
  }

  private static Template load(String text) {
    SourceFile file = SourceFile.of(Path.of("/scale/template.yaml"), Path.of("/scale"));
    LoadResult result = new TemplateLoader().load(file, text.getBytes(StandardCharsets.UTF_8));
    if (!(result instanceof LoadResult.Loaded loaded)) throw new IllegalStateException("generated template did not load: " + result);
    assertThat(loaded.problems()).isEmpty();
    return Template.of(file, loaded.root());
  }

  /** A SAM template with {@code n} functions and the queues, topics, rules and mappings around them. */
  static String template(int n) {
    StringBuilder sb = new StringBuilder("""
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            Runtime: java17
            MemorySize: 1024
            Timeout: 30
        Resources:
        """);
    for (int i = 0; i < n; i++) {
      sb.append("""
            Fn%1$d:
              Type: AWS::Serverless::Function
              Properties:
                Handler: com.example.Handler%1$d::handleRequest
                CodeUri: fn%1$d
                Events:
                  Work:
                    Type: SQS
                    Properties:
                      Queue: !GetAtt Queue%1$d.Arn
                      FunctionResponseTypes: [ReportBatchItemFailures]
                  Notices:
                    Type: SNS
                    Properties:
                      Topic: !Ref Topic%1$d
                      SqsSubscription:
                        QueueArn: !GetAtt Feed%1$d.Arn
            Queue%1$d:
              Type: AWS::SQS::Queue
              Properties:
                VisibilityTimeout: 200
          """.formatted(i));
      if (i % 2 == 0) {
        // half the queues have a dead-letter queue, so LL202 has both kinds to tell apart
        sb.append("""
                    RedrivePolicy:
                      deadLetterTargetArn: !GetAtt Dlq%1$d.Arn
                      maxReceiveCount: 5
                Dlq%1$d:
                  Type: AWS::SQS::Queue
              """.formatted(i));
      }
      sb.append("""
            Feed%1$d:
              Type: AWS::SQS::Queue
            Topic%1$d:
              Type: AWS::SNS::Topic
          """.formatted(i));
      if (i % 4 == 1) {
        sb.append("""
              Mapping%1$d:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref Fn%1$d
                  EventSourceArn: !GetAtt Queue%1$d.Arn
              Schedule%1$d:
                Type: AWS::Events::Rule
                Properties:
                  ScheduleExpression: rate(5 minutes)
                  Targets:
                    - Id: t
                      Arn: !GetAtt Fn%1$d.Arn
              Allow%1$d:
                Type: AWS::Lambda::Permission
                Properties:
                  FunctionName: !Ref Fn%1$d
                  Action: lambda:InvokeFunction
                  Principal: events.amazonaws.com
                  SourceArn: !GetAtt Schedule%1$d.Arn
            """.formatted(i));
      }
    }
    return sb.toString();
  }
}
