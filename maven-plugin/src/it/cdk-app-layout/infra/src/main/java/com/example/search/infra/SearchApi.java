package com.example.search.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.apigateway.LambdaRestApi;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.constructs.Construct;

/** The public search API: a REST API in front of one Java function that reads the index table. */
public class SearchApi extends Construct {
  private final Function search;

  public SearchApi(final Construct scope, final String id, final ITable index, final String handlerJar) {
    super(scope, id);

    search = Function.Builder.create(this, "Search") // expect: LL502,LL504,LL505,LL506
        .runtime(Runtime.JAVA_21)
        .handler("com.example.search.SearchHandler::handleRequest")
        .code(Code.fromAsset(handlerJar))
        .memorySize(1024)
        .environment(Map.of("INDEX_TABLE", index.getTableName()))
        .build();

    // Reads the index; the statement below grants far more than reads.
    search.addToRolePolicy(PolicyStatement.Builder.create()
        .actions(List.of("dynamodb:*")) // expect: LL303
        .resources(List.of(index.getTableArn()))
        .build());

    LambdaRestApi.Builder.create(this, "Rest")
        .handler(search)
        .restApiName("search")
        .build();
  }

  public Function function() {
    return search;
  }
}
