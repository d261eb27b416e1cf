package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A function's permissions: what its role lets it do on a resource of the template, from SAM
 * policy templates, inline and attached statements and JSON-string documents, told by a grant
 * that names the resource.
 */
class PermissionsTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Images:
          Type: AWS::S3::Bucket
          Properties:
            BucketName: images-bucket
        Thumbs:
          Type: AWS::S3::Bucket
        Jobs:
          Type: AWS::SQS::Queue
        Events:
          Type: AWS::SNS::Topic
        Writer:
          Type: AWS::Serverless::Function
          Properties:
            Policies:
              - S3CrudPolicy:
                  BucketName: !Ref Thumbs
              - S3WritePolicy:
                  BucketName: images-bucket
              - Statement:
                  - Effect: Allow
                    Action: ['sqs:Send*']
                    Resource: !GetAtt Jobs.Arn
              - AmazonSNSFullAccess
        Reader:
          Type: AWS::Serverless::Function
          Properties:
            Policies:
              - S3ReadPolicy:
                  BucketName: !Ref Thumbs
              - Statement:
                  - Effect: Allow
                    Action: sqs:SendMessage
                    Resource: "*"
                  - Effect: Deny
                    Action: sns:Publish
                    Resource: !Ref Events
        Cfn:
          Type: AWS::Lambda::Function
          Properties:
            Role: !GetAtt CfnRole.Arn
        CfnRole:
          Type: AWS::IAM::Role
          Properties:
            Policies:
              - PolicyName: p
                PolicyDocument: !Sub '{"Statement": [{"Effect": "Allow", "Action": "SNS:Publish", "Resource": "${Events}"}]}'
        Function:
          Type: AWS::Serverless::Function
      """);

  private static Permissions permissions(String function) {
    return TEMPLATE.function(function).orElseThrow().permissions();
  }

  private static Resource resource(String id) {
    return TEMPLATE.resource(id).orElseThrow();
  }

  @Test
  void aPolicyTemplateGrantsItsActionOnTheResourceItsParameterNames() {
    assertThat(permissions("Writer").grant("s3:PutObject", resource("Thumbs")))
        .hasValueSatisfying(g -> assertThat(g.describe()).isEqualTo("S3CrudPolicy on Thumbs"));
  }

  @Test
  void aPolicyTemplateParameterEqualToTheResourcesLiteralNameNamesIt() {
    assertThat(permissions("Writer").grant("s3:PutObject", resource("Images")))
        .hasValueSatisfying(g -> assertThat(g.describe()).isEqualTo("S3WritePolicy on Images"));
  }

  @Test
  void aStatementGrantsByItsActionAsWrittenWithWildcards() {
    assertThat(permissions("Writer").grant("sqs:SendMessage", resource("Jobs")))
        .hasValueSatisfying(g -> assertThat(g.describe()).isEqualTo("sqs:Send* on Jobs"));
  }

  @Test
  void aReadOnlyTemplateAStarResourceAndADenyGrantNothingOnTheResource() {
    Permissions reader = permissions("Reader");
    assertThat(reader.allows("s3:PutObject", resource("Thumbs"))).isFalse();
    assertThat(reader.allows("sqs:SendMessage", resource("Jobs"))).isFalse();
    assertThat(reader.allows("sns:Publish", resource("Events"))).isFalse();
  }

  @Test
  void aJsonStringDocumentOfTheRoleGrantsAndItsSubReferenceNamesTheResource() {
    assertThat(permissions("Cfn").grant("sns:Publish", resource("Events")))
        .hasValueSatisfying(g -> assertThat(g.describe()).isEqualTo("SNS:Publish on Events"));
    assertThat(permissions("Cfn").statements()).hasSize(1);
  }

  @Test
  void managedPoliciesAreThoseOfTheFunctionsRole() {
    assertThat(permissions("Writer").managedPolicies()).extracting(r -> r.reference().orElseThrow())
        .containsExactly("AmazonSNSFullAccess");
    assertThat(permissions("Reader").managedPolicies()).isEmpty();
  }

  @Test
  void aFunctionWithNoPoliciesMayDoNothingOnTheTemplatesResources() {
    Permissions none = permissions("Function");
    assertThat(none.statements()).isEmpty();
    assertThat(none.policyTemplates()).isEmpty();
    assertThat(none.allows("s3:PutObject", resource("Images"))).isFalse();
  }

  @Test
  void areComputedOncePerFunction() {
    Function writer = TEMPLATE.function("Writer").orElseThrow();
    assertThat(writer.permissions()).isSameAs(writer.permissions());
  }

  @Test
  void iamActionsMatchCaseInsensitivelyWithStarAndQuestionMark() {
    assertThat(Permissions.actionMatches("s3:*", "s3:PutObject")).isTrue();
    assertThat(Permissions.actionMatches(" S3:put?bject ", "s3:PutObject")).isTrue();
    assertThat(Permissions.actionMatches("s3:Get*", "s3:PutObject")).isFalse();
    assertThat(Permissions.actionMatches("s3:Put", "s3:PutObject")).isFalse();
  }

  @Test
  void aBucketQueueOrTopicIsAWriteTargetWithItsNameAndWriteAction() {
    WriteTarget images = WriteTarget.of(resource("Images")).orElseThrow();
    assertThat(images.noun()).isEqualTo("bucket");
    assertThat(images.name()).contains("images-bucket");
    assertThat(images.writeAction()).isEqualTo("s3:PutObject");
    assertThat(WriteTarget.of(resource("Jobs")).map(WriteTarget::writeAction)).contains("sqs:SendMessage");
    assertThat(WriteTarget.of(resource("Events")).map(WriteTarget::noun)).contains("topic");
    assertThat(WriteTarget.of(resource("Thumbs")).flatMap(WriteTarget::name)).isEmpty();
    assertThat(WriteTarget.of(resource("Writer"))).isEmpty();
  }

  @Test
  void readFromAJsonTemplateAlike() {
    Template json = TemplateViewTest.template("template.json", """
        {"Transform": "AWS::Serverless-2016-10-31",
         "Resources": {
           "Jobs": {"Type": "AWS::SQS::Queue"},
           "Fn": {"Type": "AWS::Serverless::Function", "Properties": {
             "Policies": [{"SQSSendMessagePolicy": {"QueueName": {"Fn::GetAtt": ["Jobs", "QueueName"]}}}]}}}}
        """);
    assertThat(json.function("Fn").orElseThrow().permissions().grant("sqs:SendMessage", json.resource("Jobs").orElseThrow()))
        .hasValueSatisfying(g -> assertThat(g.describe()).isEqualTo("SQSSendMessagePolicy on Jobs"));
  }
}
