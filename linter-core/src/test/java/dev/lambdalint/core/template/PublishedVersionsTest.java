package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SnapStart as set (own or Globals), and which versions and triggers a function has: what LL507 reads. */
class PublishedVersionsTest {
  private static final Template SAM = TemplateViewTest.template("template.yaml", """
      Transform: AWS::Serverless-2016-10-31
      Globals:
        Function:
          SnapStart:
            ApplyOn: PublishedVersions
      Parameters:
        Mode:
          Type: String
      Resources:
        Inherits:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Get: {Type: Api, Properties: {Path: /, Method: get}}
        Own:
          Type: AWS::Serverless::Function
          Properties:
            AutoPublishAlias: live
            SnapStart:
              ApplyOn: PublishedVersions
        Off:
          Type: AWS::Serverless::Function
          Properties:
            SnapStart: {ApplyOn: None}
        Unknown:
          Type: AWS::Serverless::Function
          Properties:
            SnapStart: {ApplyOn: !Ref Mode}
      """);

  private static final Template CFN = TemplateViewTest.template("cfn.yaml", """
      Resources:
        Q:
          Type: AWS::SQS::Queue
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            SnapStart: {ApplyOn: PublishedVersions}
        FnVersion:
          Type: AWS::Lambda::Version
          Properties: {FunctionName: !Ref Fn}
        FnAlias:
          Type: AWS::Lambda::Alias
          Properties: {FunctionName: !Ref Fn, FunctionVersion: !GetAtt FnVersion.Version, Name: live}
        Latest:
          Type: AWS::Lambda::EventSourceMapping
          Properties: {EventSourceArn: !GetAtt Q.Arn, FunctionName: !GetAtt Fn.Arn}
        ToAlias:
          Type: AWS::Lambda::EventSourceMapping
          Properties: {EventSourceArn: !GetAtt Q.Arn, FunctionName: !Ref FnAlias}
        Other:
          Type: AWS::Lambda::Function
        Joined:
          Type: AWS::Events::Rule
          Properties:
            Targets:
              - {Id: a, Arn: !Join [':', [!GetAtt Other.Arn, live]]}
      """);

  @Test
  void snapStartIsReadWithGlobalsAndReportedWhereItIsSet() {
    Setting<Boolean> inherited = SAM.function("Inherits").orElseThrow().snapStartSetting().orElseThrow();
    assertThat(inherited.value()).isTrue();
    assertThat(inherited.origin()).isEqualTo(Setting.Origin.GLOBALS);
    Setting<Boolean> own = SAM.function("Own").orElseThrow().snapStartSetting().orElseThrow();
    assertThat(own.origin()).isEqualTo(Setting.Origin.FUNCTION);
    assertThat(SAM.function("Off").orElseThrow().snapStartSetting().map(Setting::value)).contains(false);
    assertThat(SAM.function("Unknown").orElseThrow().snapStartSetting()).isEmpty();
    assertThat(SAM.function("Unknown").orElseThrow().isSnapStartOn()).isFalse();
  }

  @Test
  void samAliasAndLatestTriggers() {
    PublishedVersions inherits = SAM.function("Inherits").orElseThrow().publishedVersions();
    assertThat(inherits.publishesAny()).isFalse();
    assertThat(inherits.latestTriggers()).extracting(EventSource::name).containsExactly("Get");
    assertThat(SAM.function("Own").orElseThrow().publishedVersions().publishesSamAlias()).isTrue();
  }

  @Test
  void cloudFormationVersionsAliasesAndWhoCallsThem() {
    PublishedVersions fn = CFN.function("Fn").orElseThrow().publishedVersions();
    assertThat(fn.versions()).extracting(Resource::logicalId).containsExactly("FnVersion");
    assertThat(fn.aliases()).extracting(Resource::logicalId).containsExactly("FnAlias");
    assertThat(fn.qualifiedCallers()).extracting(Resource::logicalId).containsExactly("ToAlias");
    assertThat(fn.latestTriggers()).extracting(EventSource::name).containsExactly("Latest");
    assertThat(fn.anyQualifiedCaller()).isTrue();
    PublishedVersions other = CFN.function("Other").orElseThrow().publishedVersions();
    assertThat(other.qualifiedCallers()).extracting(Resource::logicalId).containsExactly("Joined");
    assertThat(other.latestTriggers()).isEmpty();
    assertThat(Optional.of(other.publishesAny())).contains(false);
  }
}
