package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A function's permissions: what its role lets it do on a resource of the template, from SAM
 * policy templates, inline and attached statements and JSON-string documents, told by a grant
 * that names the resource.
 */
class PermissionsTest {
  private static final Template TEMPLATE = ViewTemplates.load("permissions.yaml");

  private static Permissions permissions(String function) {
    return TEMPLATE.function(function).orElseThrow().permissions();
  }

  private static Resource resource(String id) {
    return TEMPLATE.resource(id).orElseThrow();
  }

  /** The grant that lets {@code function} do {@code action} on {@code resource}, described. */
  private static Optional<String> grant(String function, String action, String resource) {
    return permissions(function).grant(action, resource(resource)).map(Permissions.Grant::describe);
  }

  @Test
  void aPolicyTemplateGrantsItsActionOnTheResourceItsParameterNames() {
    assertThat(grant("Writer", "s3:PutObject", "Thumbs")).contains("S3CrudPolicy on Thumbs");
  }

  @Test
  void aPolicyTemplateParameterEqualToTheResourcesLiteralNameNamesIt() {
    assertThat(grant("Writer", "s3:PutObject", "Images")).contains("S3WritePolicy on Images");
  }

  @Test
  void aStatementGrantsByItsActionAsWrittenWithWildcards() {
    assertThat(grant("Writer", "sqs:SendMessage", "Jobs")).contains("sqs:Send* on Jobs");
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
    assertThat(grant("Cfn", "sns:Publish", "Events")).contains("SNS:Publish on Events");
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
    Template json = ViewTemplates.load("permissions.json");
    assertThat(json.function("Fn").orElseThrow().permissions().grant("sqs:SendMessage", json.resource("Jobs").orElseThrow()))
        .hasValueSatisfying(g -> assertThat(g.describe()).isEqualTo("SQSSendMessagePolicy on Jobs"));
  }
}
