package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reserved concurrency, SQS MaximumConcurrency and Lambda Managed Instances, as LL110 and LL210 read them. */
class ConcurrencySettingsTest {
  private static final String YAML = """
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Unknown:
          Type: Number
      Globals:
        Function:
          ReservedConcurrentExecutions: 7
      Resources:
        Q:
          Type: AWS::SQS::Queue
        Sam:
          Type: AWS::Serverless::Function
          Properties:
            CapacityProviderConfig:
              Arn: arn:aws:lambda:eu-west-1:123456789012:capacity-provider/p
              PerExecutionEnvironmentMaxConcurrency: 1
            Events:
              Set:
                Type: SQS
                Properties:
                  Queue: !GetAtt Q.Arn
                  ScalingConfig:
                    MaximumConcurrency: 4
              Unset:
                Type: SQS
                Properties:
                  Queue: !GetAtt Q.Arn
                  Enabled: false
              Unknowable:
                Type: SQS
                Properties:
                  Queue: !GetAtt Q.Arn
                  ScalingConfig:
                    MaximumConcurrency: !Ref Unknown
              Provisioned:
                Type: SQS
                Properties:
                  Queue: !GetAtt Q.Arn
                  ProvisionedPollerConfig:
                    MinimumPollers: 2
        Cfn:
          Type: AWS::Lambda::Function
          Properties:
            ReservedConcurrentExecutions: !Ref Unknown
            CapacityProviderConfig:
              LambdaManagedInstancesCapacityProviderConfig:
                CapacityProviderArn: arn:aws:lambda:eu-west-1:123456789012:capacity-provider/p
        Classic:
          Type: AWS::Lambda::Function
          Properties:
            ReservedConcurrentExecutions: 3
      """;

  private static EventSource event(Template t, String name) {
    return t.function("Sam").orElseThrow().events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void reservedConcurrencyIsReadWithGlobalsAndIsEmptyWhenUnknowable() {
    Template t = TemplateViewTest.template("template.yaml", YAML);
    Setting<Long> sam = t.function("Sam").orElseThrow().reservedConcurrency().orElseThrow();
    assertThat(sam.value()).isEqualTo(7);
    assertThat(sam.origin()).isEqualTo(Setting.Origin.GLOBALS);
    assertThat(t.function("Cfn").orElseThrow().reservedConcurrency()).isEmpty();
    assertThat(t.function("Classic").orElseThrow().reservedConcurrency().map(Setting::value)).contains(3L);
  }

  @Test
  void managedInstancesReadsBothSpellings() {
    Template t = TemplateViewTest.template("template.yaml", YAML);
    Function.ManagedInstances sam = t.function("Sam").orElseThrow().managedInstances().orElseThrow();
    assertThat(sam.servesOneRequestAtATime()).isTrue();
    Function.ManagedInstances cfn = t.function("Cfn").orElseThrow().managedInstances().orElseThrow();
    assertThat(cfn.perExecutionEnvironmentMaxConcurrency().isAbsent()).isTrue();
    assertThat(cfn.servesOneRequestAtATime()).isFalse();
    assertThat(t.function("Classic").orElseThrow().managedInstances()).isEmpty();
  }

  @Test
  void maximumConcurrencyIsKnownAbsentOrUnknowable() {
    Template t = TemplateViewTest.template("template.yaml", YAML);
    assertThat(event(t, "Set").maximumConcurrency()).isInstanceOf(Resolved.Known.class);
    assertThat(((Resolved.Known) event(t, "Set").maximumConcurrency()).number()).contains(4L);
    assertThat(event(t, "Unset").maximumConcurrency().isAbsent()).isTrue();
    assertThat(event(t, "Unset").isDisabled()).isTrue();
    assertThat(event(t, "Unknowable").maximumConcurrency()).isInstanceOf(Resolved.Unknowable.class);
    assertThat(event(t, "Provisioned").usesProvisionedPollers()).isTrue();
    assertThat(event(t, "Set").usesProvisionedPollers()).isFalse();
    assertThat(event(t, "Set").isDisabled()).isFalse();
  }
}
