package dev.lambdalint.core.engine;

import dev.lambdalint.core.config.LintConfig;
import dev.lambdalint.core.model.SourceFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs every installed rule, with both parsers, on a tiny built-in project, on a background
 * thread, while the front end is still reading its arguments. A short run (pre-commit: one
 * template, one handler) otherwise spends most of its time loading and initialising classes —
 * JavaParser, SnakeYAML, the rules and their data — the first time each is used; done here, on the
 * second core, that time overlaps the command line's own start-up, and the run finds them ready
 * (bench/RESULTS.md). Nothing is kept but the installed rules; the findings are discarded.
 */
final class WarmUp {
  private static final Path ROOT = Path.of("/warm-up");
  private static final String JAVA = """
      package warm.up;
      import java.util.List;
      public class Handler implements Runnable {
        private static final String NAME = System.getenv("NAME");
        private final List<String> items = List.of("a", "b");
        @Override public void run() {
          for (String item : items) { if (item != null && !item.isEmpty()) System.out.println(NAME + item); }
          Runnable r = () -> {}; r.run();
        }
      }
      """;
  private static final String YAML = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Globals:
        Function: {Timeout: 10}
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Handler: warm.up.Handler::handleRequest
            Environment: {Variables: {TABLE: !Ref Table, ARN: !GetAtt Table.Arn, URL: !Sub '${Table}'}}
            Events:
              Queue: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn, BatchSize: 10}}
        Table: {Type: AWS::DynamoDB::Table}
        Queue: {Type: AWS::SQS::Queue}
      """;

  private WarmUp() {}

  static void start() {
    Thread thread = new Thread(WarmUp::run, "lambdalint-warm-up");
    thread.setDaemon(true); // never keeps the process alive, never delays its exit
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run() {
    try {
      Linter linter = Linter.withInstalledRules();
      FrontEnds frontEnds = FrontEnds.installed();
      SourceLoader loader = new SourceLoader();
      SourceTexts texts = new SourceTexts();
      List<Document<?>> documents = new ArrayList<>();
      for (var file : java.util.Map.of("template.yaml", YAML, "Handler.java", JAVA).entrySet()) {
        Path path = ROOT.resolve(file.getKey());
        byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
        frontEnds.claiming(new Candidate(path, ROOT)).flatMap(frontEnd -> loader.load(frontEnd,
            SourceFile.of(path, ROOT), () -> new ByteArrayInputStream(bytes), texts, f -> {})).ifPresent(documents::add);
      }
      documents.sort(java.util.Comparator.<Document<?>>comparingInt(d -> frontEnds.indexOf(d.frontEnd()))
          .thenComparing(Document::file));
      linter.check(ROOT, ScanScope.of(List.of(ROOT)), documents, texts, LintConfig.defaults(), BuildFacts.NONE,
          new ConcurrentLinkedQueue<>());
    } catch (LintException | RuntimeException | LinkageError e) {
      // Only a head start: the run itself meets and reports any real problem.
    }
  }
}
