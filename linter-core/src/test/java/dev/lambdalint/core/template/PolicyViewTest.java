package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy accessors the LL3xx rules use: statements' resources, managed policies on function roles. */
class PolicyViewTest {

  private static final String TEMPLATE = """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Extra:
          Type: String
          Default: arn:aws:iam::aws:policy/AmazonSQSFullAccess
        Unknown:
          Type: String
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Runtime: java21
            Handler: com.example.H::handleRequest
            Policies:
              - AWSLambdaBasicExecutionRole
              - arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole
              - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess
              - !Sub arn:aws:iam::${AWS::AccountId}:policy/Mine
              - arn:aws:iam::123456789012:policy/TeamFullAccess
              - !Ref Extra
              - !Ref Unknown
              - DynamoDBReadPolicy:
                  TableName: t
              - Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: '*'
                  - Effect: Allow
                    Action: [s3:PutObject]
                    Resource: [arn:aws:s3:::b/*, '*']
        Plain:
          Type: AWS::Lambda::Function
          Properties:
            Role: !GetAtt PlainRole.Arn
        PlainRole:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - {Effect: Allow, Principal: {Service: states.amazonaws.com}, Action: sts:AssumeRole}
            ManagedPolicyArns:
              - !Join ['', ['arn:', !Ref AWS::Partition, ':iam::aws:policy/PowerUserAccess']]
        LambdaTrusted:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - {Effect: Allow, Principal: {Service: [lambda.amazonaws.com]}, Action: sts:AssumeRole}
            ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
        BuildRole:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - {Effect: Allow, Principal: {Service: codebuild.amazonaws.com}, Action: sts:AssumeRole}
            ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
      """;

  private final Template t = TemplateViewTest.template("template.yaml", TEMPLATE);

  @Test
  void managedPoliciesOfFunctionRolesAreReadByNameArnSubJoinAndParameterDefault() {
    List<ManagedPolicyRef> refs = ManagedPolicyRef.of(t);
    assertThat(refs).extracting(r -> r.owner().logicalId() + " " + r.awsManagedName().orElse("-")).containsExactly(
        "Fn AWSLambdaBasicExecutionRole",
        "Fn AWSLambdaVPCAccessExecutionRole",
        "Fn AdministratorAccess",
        "Fn -",
        "Fn -",
        "Fn AmazonSQSFullAccess",
        "Fn -",
        "PlainRole PowerUserAccess");
    assertThat(refs.get(3).reference()).isEmpty(); // ${AWS::AccountId} cannot be known
    assertThat(refs.get(4).reference()).contains("arn:aws:iam::123456789012:policy/TeamFullAccess");
    assertThat(refs.get(6).reference()).isEmpty(); // parameter without Default
  }

  @Test
  void findingsStartAtThePolicyItem() {
    ManagedPolicyRef admin = ManagedPolicyRef.of(t).get(2);
    List<String> lines = TEMPLATE.lines().toList();
    int expected = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("policy/AdministratorAccess")).findFirst().orElseThrow());
    assertThat(admin.item().range().startLine()).isEqualTo(expected);
  }

  @Test
  void rolesNoFunctionUsesAreLeftOutEvenWhenLambdaMayAssumeThem() {
    assertThat(ManagedPolicyRef.of(t)).noneMatch(r -> r.owner().logicalId().equals("BuildRole"));
    assertThat(ManagedPolicyRef.of(t)).noneMatch(r -> r.owner().logicalId().equals("LambdaTrusted"));
    assertThat(ManagedPolicyRef.of(t)).filteredOn(r -> r.owner().logicalId().equals("PlainRole"))
        .extracting(ManagedPolicyRef::functions).containsOnly(List.of("Plain"));
    assertThat(ManagedPolicyRef.trustsLambda(t.resource("LambdaTrusted").orElseThrow())).isTrue();
    assertThat(ManagedPolicyRef.trustsLambda(t.resource("PlainRole").orElseThrow())).isFalse();
  }

  @Test
  void statementResourcesAreListsWhetherWrittenAsAStringOrAList() {
    List<PolicyStatement> statements = t.policyStatements();
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).resourcesAreScalar()).isTrue();
    assertThat(statements.get(0).resources()).extracting(Value::literal).containsExactly(Optional.of("*"));
    assertThat(statements.get(1).resourcesAreScalar()).isFalse();
    assertThat(statements.get(1).resources()).extracting(Value::literal)
        .containsExactly(Optional.of("arn:aws:s3:::b/*"), Optional.of("*"));
  }
  @Test
  void policyDocumentsWrittenAsJsonStringsGiveTheirStatements() {
    Template strings = TemplateViewTest.template("strings.yaml", """
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              Policies:
                - PolicyName: a
                  PolicyDocument: !Sub '{"Statement": [{"Effect": "Allow", "Action": ["iam:*"], "Resource": "*"}]}'
                - PolicyName: b
                  PolicyDocument: !Sub '{"Statement": ${Elsewhere}}'
                - PolicyName: c
                  PolicyDocument:
                    Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument: '{"Statement": {"Effect": "Deny", "NotAction": "s3:*", "Resource": "*"}}'
        """);
    List<PolicyStatement> statements = StringPolicyDocuments.of(strings);
    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).owner().logicalId()).isEqualTo("Role");
    assertThat(statements.get(0).isAllow()).isTrue();
    assertThat(statements.get(0).actions()).extracting(Value::literal).containsExactly(Optional.of("iam:*"));
    assertThat(statements.get(0).actions().get(0).node().range().startLine()).isEqualTo(8);
    assertThat(statements.get(1).owner().logicalId()).isEqualTo("Policy");
    assertThat(statements.get(1).isAllow()).isFalse();
    assertThat(statements.get(1).notActionKey()).isPresent();
    assertThat(strings.policyStatements()).hasSize(1); // the structured document only
  }
}
