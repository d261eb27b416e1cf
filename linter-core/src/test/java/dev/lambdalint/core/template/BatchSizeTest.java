package dev.lambdalint.core.template;

import static dev.lambdalint.core.template.ViewSpecs.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A poll source's batch size: as set, Lambda's default for its kind, or not knowable. */
class BatchSizeTest {
  private static final String YAML = ViewSpecs.text("batch-sizes.yaml");

  private static EventSource event(Template t, String name) {
    return t.function("Fn").orElseThrow().events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aSetBatchSizeKeepsItsKey() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    Setting<Long> set = event(t, "Set").batchSizeSetting().orElseThrow();
    assertThat(set.value()).isEqualTo(25);
    assertThat(set.origin()).isEqualTo(Setting.Origin.FUNCTION);
    assertThat(set.node().range().startLine()).isEqualTo(line(YAML, "BatchSize: 25"));
    assertThat(event(t, "ThroughDefault").batchSizeSetting().map(Setting::value)).contains(5L);
  }

  @Test
  void anUnsetBatchSizeIsLambdasDefaultForQueuesAndStreams() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    assertThat(event(t, "QueueDefault").batchSizeSetting()).contains(Setting.defaulted(EventSource.SQS_DEFAULT_BATCH_SIZE));
    assertThat(event(t, "StreamDefault").batchSizeSetting()).contains(Setting.defaulted(EventSource.STREAM_DEFAULT_BATCH_SIZE));
    assertThat(EventSource.SQS_DEFAULT_BATCH_SIZE).isEqualTo(10);
    assertThat(EventSource.STREAM_DEFAULT_BATCH_SIZE).isEqualTo(100);
  }

  @Test
  void aBatchSizeTheTemplateCannotKnowOrAKindWithoutAKnownDefaultIsEmpty() {
    Template t = TemplateViewTest.template("template.yaml", YAML);

    assertThat(event(t, "Unknowable").batchSizeSetting()).isEmpty();
    assertThat(event(t, "Broker").batchSizeSetting()).isEmpty();
  }

  @Test
  void jsonTemplatesReadTheSameWay() {
    String json = ViewSpecs.text("batch-sizes.json");
    Template t = TemplateViewTest.template("template.json", json);

    Setting<Long> size = t.eventSourceMappings().get(0).batchSizeSetting().orElseThrow();
    assertThat(size.value()).isEqualTo(1);
    assertThat(size.node().range().startLine()).isEqualTo(line(json, "\"BatchSize\": 1}}"));
  }
}
