package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * APIs and their integrations: REST or HTTP, whether the definition is read, which API an event
 * or a permission names, and the integrations that stream or set their own timeout.
 */
class ApiViewTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Rest:
          Type: AWS::Serverless::Api
          Properties:
            StageName: prod
        FileApi:
          Type: AWS::Serverless::Api
          Properties:
            DefinitionUri: openapi.yaml
        Included:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Body:
              Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/openapi.yaml}}
        Http:
          Type: AWS::ApiGatewayV2::Api
          Properties:
            ProtocolType: HTTP
        Streamed:
          Type: AWS::ApiGateway::Method
          Properties:
            Integration:
              Type: AWS_PROXY
              ResponseTransferMode: STREAM
              Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations
        Long:
          Type: AWS::ApiGatewayV2::Integration
          Properties:
            ApiId: !Ref Http
            IntegrationUri: !GetAtt Fn.Arn
            TimeoutInMillis: 60000
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Get:
                Type: Api
                Properties:
                  RestApiId: !Ref Rest
                  TimeoutInMillis: 45000
              Implicit:
                Type: Api
                Properties: {Path: /, Method: get}
        AllowHttp:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !Ref Fn
            Action: lambda:InvokeFunction
            Principal: apigateway.amazonaws.com
            SourceArn: !Sub arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Http}/*
        Other:
          Type: AWS::Serverless::Function
      """);

  private static Api api(String id) {
    return Api.of(TEMPLATE.resource(id).orElseThrow()).orElseThrow();
  }

  private static EventSource event(String name) {
    return TEMPLATE.function("Fn").orElseThrow().events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void restApisAreTheSamApiAndApiGatewayRestApi() {
    assertThat(api("Rest").isRest()).isTrue();
    assertThat(api("Included").isRest()).isTrue();
    assertThat(api("Http").isRest()).isFalse();
    assertThat(Api.of(TEMPLATE.resource("Streamed").orElseThrow())).isEmpty();
  }

  @Test
  void aDefinitionInAFileOrAnIncludeIsNotRead() {
    assertThat(api("FileApi").definitionIsExternal()).isTrue();
    assertThat(api("Included").definitionIsExternal()).isTrue();
    assertThat(api("Rest").definitionIsExternal()).isFalse();
  }

  @Test
  void aSamApiEventNamesItsRestApiIdAndSetsItsOwnIntegrationTimeout() {
    EventSource get = event("Get");
    assertThat(get.apis()).extracting(Api::logicalId).containsExactly("Rest");
    assertThat(get.setsIntegrationTimeout()).isTrue();
    assertThat(get.integrationTimeoutMillis()).contains(45000L);
    EventSource implicit = event("Implicit");
    assertThat(implicit.apis()).isEmpty();
    assertThat(implicit.setsIntegrationTimeout()).isFalse();
  }

  @Test
  void aPermissionNamesTheApisItsSourceArnMentions() {
    assertThat(event("AllowHttp").apis()).extracting(Api::logicalId).containsExactly("Http");
  }

  @Test
  void theIntegrationsCallingTheFunctionSayHowLongTheyWait() {
    List<Api.Integration> integrations = TEMPLATE.function("Fn").orElseThrow().apiIntegrations();
    assertThat(integrations).hasSize(2);
    Api.Integration streamed = integrations.get(0);
    assertThat(streamed.streams()).isTrue();
    assertThat(streamed.waitsAtLeast(900)).isTrue();
    Api.Integration timed = integrations.get(1);
    assertThat(timed.timeoutMillis()).contains(60000L);
    assertThat(timed.waitsAtLeast(60)).isTrue();
    assertThat(timed.waitsAtLeast(61)).isFalse();
    assertThat(TEMPLATE.function("Other").orElseThrow().apiIntegrations()).isEmpty();
  }
}
