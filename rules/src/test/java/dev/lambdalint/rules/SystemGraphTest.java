package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.engine.LintRequest;
import dev.lambdalint.core.engine.Linter;
import dev.lambdalint.core.engine.Report;
import dev.lambdalint.core.graph.GraphWriter;
import dev.lambdalint.core.graph.SystemGraph;
import dev.lambdalint.core.graph.SystemGraph.Edge;
import dev.lambdalint.core.graph.SystemGraph.EdgeKind;
import dev.lambdalint.core.graph.SystemGraph.Node;
import dev.lambdalint.core.graph.SystemGraph.NodeKind;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Location;
import dev.lambdalint.core.model.Severity;
import dev.lambdalint.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The system's graph ({@code lambdalint graph}, {@link Report#graph()}) on the sample projects:
 * its nodes and edges, and its missing failure paths exactly where the rules report them.
 */
class SystemGraphTest {
  private static final Linter LINTER = Linter.withInstalledRules();
  /** The rules that report a missing failure path, which the graph marks. */
  private static final Set<String> FAILURE_PATH_RULES = Set.of("LL201", "LL202", "LL203", "LL208", "LL209");

  private static Report run(Path project) throws Exception {
    return LINTER.run(new LintRequest(List.of(project), project).drawingGraph());
  }

  private static SystemGraph graph(Path project) throws Exception {
    return run(project).graph().orElseThrow();
  }

  private static List<String> edges(SystemGraph graph) {
    return graph.edges().stream().map(e -> local(e.from()) + " " + e.kind() + (e.highlighted() ? "!" : "")
        + (e.label().isEmpty() ? "" : "[" + e.label() + "]") + " " + local(e.to())).toList();
  }

  /** {@code template.yaml#Queue} → {@code Queue}: the tests read easier without the template's path. */
  private static String local(String id) {
    return id.substring(id.indexOf('#') + 1);
  }

  @Test
  void theOrderServiceHasItsSyncCodeCallItsQueuePollAndItsMissingDeadLetterQueue() throws Exception {
    SystemGraph graph = graph(Fixtures.project("order-service"));
    assertThat(edges(graph)).containsExactly(
        // the code's one synchronous call: one hop, not a chain, so not highlighted
        "CreateOrderFunction CODE_SYNC_INVOKE PricingFunction",
        "FulfilmentQueue POLL[Fulfil] FulfilOrderFunction",
        // LL202 reports the queue: the graph marks it
        "FulfilmentQueue MISSING_FAILURE[poison messages retried until they expire] FulfilmentQueue!no-dead-letter-queue",
        "ServerlessRestApi SYNC_TRIGGER[CreateOrder] CreateOrderFunction");
    Node create = graph.node("template.yaml#CreateOrderFunction").orElseThrow();
    assertThat(create.kind()).isEqualTo(NodeKind.FUNCTION);
    // from Globals: set by the template, not defaults
    assertThat(create.details()).containsExactly("java21", "1024 MB", "20 s");
    assertThat(create.location().map(l -> l.range().startLine())).contains(34);
    assertThat(graph.node("template.yaml#FulfilmentQueue").orElseThrow().kind()).isEqualTo(NodeKind.QUEUE);
    assertThat(graph.node("template.yaml#FulfilmentQueue!no-dead-letter-queue").orElseThrow().kind())
        .isEqualTo(NodeKind.MISSING_FAILURE_TARGET);
    assertThat(graph.node("template.yaml#ServerlessRestApi").orElseThrow().details()).containsExactly("created by SAM");
  }

  @Test
  void aTopicFansOutToTwoFunctionsOneWithItsFailurePathsOneWithout() throws Exception {
    SystemGraph graph = graph(Fixtures.project("event-pipeline/fanout"));
    assertThat(edges(graph)).containsExactly(
        "BillFunction MISSING_FAILURE[failed async events lost] BillFunction!no-failure-destination",
        "OrderPlacedTopic ASYNC_TRIGGER[OrderPlaced] BillFunction",
        "OrderPlacedTopic MISSING_FAILURE[undeliverable messages lost (BillFunction)] OrderPlacedTopic!no-redrive:BillFunction.OrderPlaced",
        "OrderPlacedTopic FAILURE[undeliverable (OrderPlaced)] ShipDeadLetters",
        "OrderPlacedTopic ASYNC_TRIGGER[OrderPlaced] ShipFunction",
        "ShipFunction FAILURE[dead letters] ShipDeadLetters");
    assertThat(graph.node("template.yaml#OrderPlacedTopic").orElseThrow().kind()).isEqualTo(NodeKind.TOPIC);
    assertThat(graph.node("template.yaml#BillFunction").orElseThrow().details())
        .containsExactly("python3.12", "128 MB (default)", "10 s");
  }

  @Test
  void anEventBridgeRuleWithADeadLetterQueueAScheduleWithoutAndAnOnFailureDestination() throws Exception {
    SystemGraph graph = graph(Fixtures.project("event-pipeline/rules"));
    assertThat(edges(graph)).containsExactly(
        "AuditFunction FAILURE[dead letters] arn:aws:sqs:eu-west-1:123456789012:audit-dead-letters",
        "NightlyRule MISSING_FAILURE[undeliverable events dropped] NightlyRule!no-dead-letter-config:report",
        "NightlyRule ASYNC_TRIGGER ReportFunction",
        "OrderEventsRule ASYNC_TRIGGER AuditFunction",
        "OrderEventsRule FAILURE[undeliverable] UndeliveredEvents",
        "ReportFunction FAILURE[on failure] FailedReports");
    assertThat(graph.node("template.yaml#NightlyRule").orElseThrow().kind()).isEqualTo(NodeKind.SCHEDULE);
    assertThat(graph.node("template.yaml#OrderEventsRule").orElseThrow().kind()).isEqualTo(NodeKind.EVENT_RULE);
    // a dead-letter queue named by ARN outside the template: a node labelled with its name
    Node outside = graph.node("template.yaml#arn:aws:sqs:eu-west-1:123456789012:audit-dead-letters").orElseThrow();
    assertThat(outside.kind()).isEqualTo(NodeKind.QUEUE);
    assertThat(outside.label()).isEqualTo("audit-dead-letters");
  }

  @Test
  void aStreamWithAnOnFailureDestinationAndATableStreamWithout() throws Exception {
    SystemGraph graph = graph(Fixtures.project("event-pipeline/streams"));
    assertThat(edges(graph)).containsExactly(
        "ClickStream POLL[Clicks] ClickFunction",
        "ClickStream FAILURE[on failure (Clicks)] FailedClicks",
        "CustomersTable POLL[Changes] CustomerSyncFunction",
        "CustomersTable MISSING_FAILURE[records dropped (Changes of CustomerSyncFunction)] CustomersTable!no-on-failure:CustomerSyncFunction.Changes");
    assertThat(graph.node("template.yaml#ClickStream").orElseThrow().kind()).isEqualTo(NodeKind.STREAM);
    assertThat(graph.node("template.yaml#CustomersTable").orElseThrow().kind()).isEqualTo(NodeKind.TABLE_STREAM);
  }

  @Test
  void aSynchronousChainOfTwoHopsIsHighlightedAndTheAsyncCallAfterItIsNot() throws Exception {
    SystemGraph graph = graph(Fixtures.rulesRoot().resolve("LL102/bad-sdk-v2-chain"));
    assertThat(edges(graph)).containsExactly(
        "FraudFunction CODE_ASYNC_INVOKE AuditFunction",
        "OrdersFunction CODE_SYNC_INVOKE! PaymentsFunction",
        "PaymentsFunction CODE_SYNC_INVOKE! FraudFunction");
  }

  @Test
  void aCycleOfSynchronousCallsIsHighlighted() throws Exception {
    SystemGraph graph = graph(Fixtures.rulesRoot().resolve("LL102/bad-cycle-json-template"));
    assertThat(edges(graph)).containsExactly(
        "PingFunction CODE_SYNC_INVOKE! PongFunction",
        "PongFunction CODE_SYNC_INVOKE! PingFunction");
  }

  @Test
  void perTemplateEachGraphHoldsItsTemplatesNodesOnly() throws Exception {
    SystemGraph graph = graph(Fixtures.project("event-pipeline"));
    assertThat(graph.templates()).containsExactly("fanout/template.yaml", "rules/template.yaml", "streams/template.yaml");
    SystemGraph streams = graph.forTemplate("streams/template.yaml");
    assertThat(streams.nodes()).allMatch(n -> n.template().equals("streams/template.yaml"));
    assertThat(edges(streams)).hasSize(4);
  }

  @Test
  void twoRunsDrawTheSameBytesInEveryFormat() throws Exception {
    for (Path project : List.of(Fixtures.project("order-service"), Fixtures.project("event-pipeline"),
        Fixtures.rulesRoot().resolve("LL102"))) {
      SystemGraph first = graph(project);
      SystemGraph second = graph(project);
      for (GraphWriter.Format f : GraphWriter.Format.values()) {
        for (GraphWriter.Scope s : GraphWriter.Scope.values()) {
          assertThat(GraphWriter.write(second, f, s)).as(project + " " + f + " " + s).isEqualTo(GraphWriter.write(first, f, s));
        }
      }
      assertThat(first.edges()).allMatch(e -> first.node(e.from()).isPresent() && first.node(e.to()).isPresent());
    }
  }

  /**
   * On every fixture case of the rules that report a missing failure path, and on the sample
   * projects: the graph marks a missing path exactly where one of them reports at warning level,
   * and marks none where none of them reports.
   */
  @TestFactory
  Stream<DynamicTest> theMissingFailurePathsAreWhereTheRulesReportThem() throws IOException {
    List<Path> cases = new java.util.ArrayList<>();
    for (String rule : new TreeSet<>(FAILURE_PATH_RULES)) {
      try (Stream<Path> dirs = Files.list(Fixtures.rulesRoot().resolve(rule))) {
        dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
      }
    }
    cases.add(Fixtures.project("order-service"));
    cases.add(Fixtures.project("event-pipeline"));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getParent().getFileName() + "/" + c.getFileName(), () -> {
      Report report = run(c);
      SystemGraph graph = report.graph().orElseThrow();
      Set<String> marked = new TreeSet<>();
      for (Node n : graph.nodes()) {
        if (n.kind() == NodeKind.MISSING_FAILURE_TARGET) marked.add(place(n.location().orElseThrow()));
      }
      Set<String> reported = new TreeSet<>();
      Set<String> warned = new TreeSet<>();
      for (Finding f : report.findings()) {
        if (!FAILURE_PATH_RULES.contains(f.ruleId())) continue;
        // LL203's note is about unbounded retries, not a missing path
        if (f.ruleId().equals("LL203") && f.severity() == Severity.NOTE) continue;
        reported.add(place(f.location()));
        if (f.severity() == Severity.WARNING) warned.add(place(f.location()));
      }
      assertThat(reported).as("every marker is at a finding").containsAll(marked);
      assertThat(marked).as("every warning is marked").containsAll(warned);
      for (Edge e : graph.edges()) {
        if (e.kind() == EdgeKind.MISSING_FAILURE) {
          assertThat(graph.node(e.to()).orElseThrow().kind()).isEqualTo(NodeKind.MISSING_FAILURE_TARGET);
        }
      }
    }));
  }

  private static String place(Location l) {
    return l.file().path() + ":" + l.range().startLine() + ":" + l.range().startColumn();
  }
}
