package orders;

import java.util.List;
import java.util.Map;

/** Reports failed messages, but the template never enabled ReportBatchItemFailures: LL105. */
public class App {
  public SQSBatchResponse handleRequest(Map<String, Object> event) {
    return new SQSBatchResponse(List.of());
  }

  /** Stands in for aws-lambda-java-events' class (no dependency is downloaded in the test). */
  public record SQSBatchResponse(List<String> batchItemFailures) {}
}
