package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.parse.LoadResult;
import dev.lambdalint.core.parse.TemplateLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed serverless view, read from real template text. */
class TemplateViewTest {
  private static final Path ROOT = Path.of("/project").toAbsolutePath();

  static Template template(String name, String text) {
    SourceFile file = SourceFile.of(ROOT.resolve(name), ROOT);
    LoadResult result = new TemplateLoader().load(file, text.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(LoadResult.Loaded.class);
    return Template.of(file, ((LoadResult.Loaded) result).root());
  }

  private static final String GLOBALS = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Memory:
          Type: Number
          Default: 512
        Bucket:
          Type: String
      Globals:
        Function:
          Runtime: java21
          Timeout: 20
          Layers: [!Ref SharedLayer]
          Environment:
            Variables:
              STAGE: prod
              LOG_LEVEL: INFO
      Resources:
        Own:
          Type: AWS::Serverless::Function
          Properties:
            Handler: com.example.Own::handleRequest
            CodeUri: own-service
            Timeout: 5
            MemorySize: !Ref Memory
            Layers: [!Ref OwnLayer]
            Environment:
              Variables:
                LOG_LEVEL: DEBUG
        Inheriting:
          Type: AWS::Serverless::Function
          Properties:
            Handler: com.example.Inheriting::handleRequest
            CodeUri: s3://bucket/key.zip
            MemorySize: !Ref Bucket
        Ignoring:
          Type: AWS::Serverless::Function
          IgnoreGlobals: [Timeout, Layers]
          Properties:
            Runtime: python3.12
            Handler: app.handler
            InlineCode: print(1)
        Plain:
          Type: AWS::Lambda::Function
          Properties:
            Handler: com.example.Plain::handleRequest
            Code:
              ZipFile: x
      """;

  @Test
  void globalsApplyAsSamAppliesThem() {
    Template t = template("template.yaml", GLOBALS);
    Function own = t.function("Own").orElseThrow();
    Function inheriting = t.function("Inheriting").orElseThrow();

    assertThat(own.runtime().orElseThrow().value()).isEqualTo("java21");
    assertThat(own.runtime().orElseThrow().origin()).isEqualTo(Setting.Origin.GLOBALS);
    assertThat(own.timeout().orElseThrow().value()).isEqualTo(5L);
    assertThat(own.timeout().orElseThrow().origin()).isEqualTo(Setting.Origin.FUNCTION);
    // Lists joined, Globals' items first.
    assertThat(own.layers()).extracting(l -> l.intrinsicArgument().flatMap(Node::literal).orElseThrow())
        .containsExactly("SharedLayer", "OwnLayer");
    // Maps merged key by key, the function's value winning.
    assertThat(own.environment()).extracting(EnvVar::name, EnvVar::origin).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("STAGE", Setting.Origin.GLOBALS),
        org.assertj.core.groups.Tuple.tuple("LOG_LEVEL", Setting.Origin.FUNCTION));

    Setting<Long> inherited = inheriting.timeout().orElseThrow();
    assertThat(inherited.value()).isEqualTo(20L);
    assertThat(inherited.origin()).isEqualTo(Setting.Origin.GLOBALS);
    assertThat(inherited.node().range().startLine()).isEqualTo(12); // the Globals line
  }

  @Test
  void ignoreGlobalsIsHonoured() {
    Function ignoring = template("template.yaml", GLOBALS).function("Ignoring").orElseThrow();
    assertThat(ignoring.timeout().orElseThrow().isDefault()).isTrue();
    assertThat(ignoring.layers()).isEmpty();
    assertThat(ignoring.runtime().orElseThrow().value()).isEqualTo("python3.12");
    assertThat(ignoring.isJava()).isFalse();
  }

  @Test
  void defaultsAreMarkedAndUnknowableValuesStayUnknown() {
    Template t = template("template.yaml", GLOBALS);
    Function plain = t.function("Plain").orElseThrow();
    assertThat(plain.timeout().orElseThrow()).satisfies(s -> {
      assertThat(s.value()).isEqualTo(3L);
      assertThat(s.isDefault()).isTrue();
      assertThat(s.reportAt(plain.keyNode())).isSameAs(plain.keyNode());
    });
    assertThat(plain.memorySize().orElseThrow().value()).isEqualTo(128L);
    assertThat(plain.isJava()).isTrue(); // no runtime, a Class::method handler
    assertThat(t.function("Own").orElseThrow().memorySize().orElseThrow().value()).isEqualTo(512L); // parameter Default
    assertThat(t.function("Inheriting").orElseThrow().memorySize()).isEmpty(); // parameter without Default
  }

  @Test
  void codeLocations() {
    Template t = template("template.yaml", GLOBALS);
    CodeLocation own = t.function("Own").orElseThrow().code();
    assertThat(own.kind()).isEqualTo(CodeLocation.Kind.LOCAL);
    assertThat(own.localPath()).contains(ROOT.resolve("own-service"));
    assertThat(t.function("Inheriting").orElseThrow().code().kind()).isEqualTo(CodeLocation.Kind.S3);
    assertThat(t.function("Ignoring").orElseThrow().code().kind()).isEqualTo(CodeLocation.Kind.INLINE);
    assertThat(t.function("Plain").orElseThrow().code().kind()).isEqualTo(CodeLocation.Kind.INLINE);
  }

  private static final String EVENTS = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Queue:
          Type: AWS::SQS::Queue
        Topic:
          Type: AWS::SNS::Topic
        Worker:
          Type: AWS::Serverless::Function
          Properties:
            Handler: com.example.Worker::handleRequest
            Runtime: java21
            Events:
              FromQueue:
                Type: SQS
                Properties:
                  Queue: !GetAtt Queue.Arn
                  BatchSize: 5
                  FunctionResponseTypes: [ReportBatchItemFailures]
              Http:
                Type: HttpApi
        Mapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            FunctionName: !Ref Worker
            EventSourceArn: !GetAtt Stream.Arn
        Stream:
          Type: AWS::Kinesis::Stream
        Allow:
          Type: AWS::Lambda::Permission
          Properties:
            FunctionName: !GetAtt Worker.Arn
            Action: lambda:InvokeFunction
            Principal: s3.amazonaws.com
        Rule:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: rate(1 hour)
            Targets:
              - Id: other
                Arn: arn:aws:sns:eu-west-1:123456789012:x
              - Id: worker
                Arn: !GetAtt Worker.Arn
        Subscription:
          Type: AWS::SNS::Subscription
          Properties:
            Protocol: lambda
            Endpoint: !GetAtt Worker.Arn
            TopicArn: !Ref Topic
      """;

  @Test
  void eventSourcesFromSamEventsAndEveryCloudFormationLink() {
    Function worker = template("template.yaml", EVENTS).function("Worker").orElseThrow();
    List<EventSource> events = worker.events();
    assertThat(events).extracting(EventSource::name, EventSource::kind, EventSource::declaredAs, e -> e.anchor().range().startLine())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FromQueue", EventKind.SQS, EventSource.DeclaredAs.SAM_EVENT, 14),
            org.assertj.core.groups.Tuple.tuple("Http", EventKind.HTTP_API, EventSource.DeclaredAs.SAM_EVENT, 20),
            org.assertj.core.groups.Tuple.tuple("Mapping", EventKind.KINESIS, EventSource.DeclaredAs.EVENT_SOURCE_MAPPING, 22),
            org.assertj.core.groups.Tuple.tuple("Allow", EventKind.S3, EventSource.DeclaredAs.PERMISSION, 29),
            org.assertj.core.groups.Tuple.tuple("Rule", EventKind.SCHEDULE, EventSource.DeclaredAs.EVENTS_RULE_TARGET, 42),
            org.assertj.core.groups.Tuple.tuple("Subscription", EventKind.SNS, EventSource.DeclaredAs.SNS_SUBSCRIPTION, 44));
    EventSource queue = events.get(0);
    assertThat(queue.isPoll()).isTrue();
    assertThat(queue.batchSize()).contains(5L);
    assertThat(queue.functionResponseTypes()).containsExactly("ReportBatchItemFailures");
    assertThat(queue.sourceResource().map(r -> r.logicalId())).contains("Queue");
    assertThat(events.get(1).isSync()).isTrue();
    assertThat(events.get(3).isAsync()).isTrue();
  }

  private static final String POLICIES = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Handler: a.B::c
            Runtime: java21
            Policies:
              - AWSLambdaBasicExecutionRole
              - S3ReadPolicy: {BucketName: b}
              - Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: '*'
                  - Effect: Allow
                    Action: ['*']
                    Resource: '*'
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]
            Policies:
              - PolicyName: p
                PolicyDocument:
                  Statement:
                    Effect: Deny
                    NotAction: s3:*
                    Resource: '*'
        Managed:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument: {Statement: [{Effect: Allow, Action: sqs:*, Resource: '*'}]}
        Machine:
          Type: AWS::Serverless::StateMachine
          Properties:
            Policies:
              - Statement: [{Effect: Allow, Action: 'states:StartExecution', Resource: '*'}]
        BucketPolicy:
          Type: AWS::S3::BucketPolicy
          Properties:
            PolicyDocument: {Statement: [{Effect: Allow, Principal: '*', Action: '*', Resource: '*'}]}
      """;

  @Test
  void everyIdentityPolicyStatementIsFoundAndNothingElse() {
    List<PolicyStatement> statements = template("template.yaml", POLICIES).policyStatements();
    assertThat(statements).extracting(s -> s.owner().logicalId(), PolicyStatement::isAllow)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Fn", true),
            org.assertj.core.groups.Tuple.tuple("Fn", true),
            org.assertj.core.groups.Tuple.tuple("Role", false),
            org.assertj.core.groups.Tuple.tuple("Managed", true),
            org.assertj.core.groups.Tuple.tuple("Machine", true));
    PolicyStatement second = statements.get(1);
    assertThat(second.actions()).extracting(a -> a.literal().orElseThrow()).containsExactly("*");
    assertThat(second.actionsAreScalar()).isFalse();
    assertThat(statements.get(0).actionsAreScalar()).isTrue();
    assertThat(statements.get(2).notActionKey()).isPresent();
  }

  @Test
  void malformedResourcesNeverThrow() {
    Template t = template("template.yaml", """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          NotAMap: just a string
          NoType: {Properties: {}}
          ListProps:
            Type: AWS::Lambda::Function
            Properties: [a, b]
          NullProps:
            Type: AWS::Serverless::Function
            Properties:
        """);
    assertThat(t.resources()).hasSize(4);
    assertThat(t.resource("NotAMap").orElseThrow().type()).isEmpty();
    assertThat(t.functions()).hasSize(2);
    for (Function f : t.functions()) {
      assertThat(f.properties().size()).isZero();
      assertThat(f.events()).isEmpty();
      assertThat(f.timeout().orElseThrow().isDefault()).isTrue();
    }
  }

  @Test
  void referencesToResources() {
    Template t = template("template.yaml", EVENTS);
    MapNode props = t.resource("Subscription").orElseThrow().properties();
    assertThat(t.referencedResource(props.get("Endpoint").orElseThrow()).map(Resource::logicalId)).contains("Worker");
    assertThat(t.referencedResource(props.get("Protocol").orElseThrow())).isEmpty();
  }
}
