package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** SAM event types and kinds, read both ways from one declaration. */
class EventKindTest {

  @Test
  void everySamTypeReadsBackAsItsKind() {
    for (EventKind kind : EventKind.values()) {
      kind.samType().ifPresent(type -> assertThat(EventKind.ofSamType(type)).as(type).isEqualTo(kind));
    }
  }

  @Test
  void theSamEventTypesAreTheOnesSamDefines() {
    assertThat(Arrays.stream(EventKind.values()).flatMap(k -> k.samType().stream())).containsExactlyInAnyOrder(
        "S3", "SNS", "SQS", "Kinesis", "DynamoDB", "Api", "HttpApi", "EventBridgeRule", "CloudWatchEvent", "Schedule",
        "ScheduleV2", "CloudWatchLogs", "IoTRule", "Cognito", "MSK", "MQ", "SelfManagedKafka", "DocumentDB", "AlexaSkill");
  }

  @Test
  void anUnknownTypeIsOther() {
    assertThat(EventKind.ofSamType("Nope")).isEqualTo(EventKind.OTHER);
    assertThat(EventKind.ofSamType("sqs")).isEqualTo(EventKind.OTHER);
    assertThat(EventKind.FUNCTION_URL.samType()).isEmpty();
  }
}
