package com.example.search.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/** The CDK app: one environment-agnostic stack. */
public final class SearchApp {
  public static void main(final String[] args) {
    App app = new App();
    new SearchStack(app, "SearchStack", StackProps.builder()
        .description("Search service: a REST search API and the queue-fed indexer behind it")
        .build());
    app.synth();
  }
}
