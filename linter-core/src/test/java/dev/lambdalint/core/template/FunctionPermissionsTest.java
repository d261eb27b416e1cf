package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The policies that apply to a function: its own, its role's, those attached to its role, SAM policy templates. */
class FunctionPermissionsTest {
  private static final Template TEMPLATE = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Sam:
          Type: AWS::Serverless::Function
          Properties:
            Policies:
              - SQSSendMessagePolicy:
                  QueueName: !GetAtt Queue.QueueName
              - AWSLambdaBasicExecutionRole
              - Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: "*"
        SamRolePolicy:
          Type: AWS::IAM::Policy
          Properties:
            Roles: [!Ref SamRole]
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: sqs:SendMessage
                  Resource: "*"
        Cfn:
          Type: AWS::Lambda::Function
          Properties:
            Role: !GetAtt CfnRole.Arn
        CfnRole:
          Type: AWS::IAM::Role
          Properties:
            Policies:
              - PolicyName: p
                PolicyDocument:
                  Statement:
                    - Effect: Allow
                      Action: sns:Publish
                      Resource: "*"
        Queue:
          Type: AWS::SQS::Queue
      """);

  private static String action(PolicyStatement st) {
    return st.actions().get(0).literal().orElseThrow();
  }

  @Test
  void ownRoleAndAttachedPoliciesApply() {
    assertThat(TEMPLATE.function("Sam").orElseThrow().policyStatements()).extracting(FunctionPermissionsTest::action)
        .containsExactly("s3:GetObject", "sqs:SendMessage");
    assertThat(TEMPLATE.function("Cfn").orElseThrow().policyStatements()).extracting(FunctionPermissionsTest::action)
        .containsExactly("sns:Publish");
  }

  @Test
  void policyTemplatesAreTheSingleKeyMaps() {
    Function sam = TEMPLATE.function("Sam").orElseThrow();
    assertThat(sam.policyTemplates()).extracting(PolicyTemplate::name).containsExactly("SQSSendMessagePolicy");
    assertThat(sam.policyTemplates().get(0).parameter("QueueName")).isPresent();
    assertThat(sam.policyTemplates().get(0).parameter("TopicName")).isEmpty();
    assertThat(TEMPLATE.function("Cfn").orElseThrow().policyTemplates()).isEmpty();
  }
}
