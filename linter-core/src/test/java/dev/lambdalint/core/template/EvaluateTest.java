package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a value comes to before deployment: absent, known with where it is written, or set but
 * unknowable. Never a guess.
 */
class EvaluateTest {
  private static final Template T = TemplateViewTest.template("template.yaml", """
      Parameters:
        Stage:
          Type: String
          Default: prod
        Timeout:
          Type: Number
          Default: 30
        Free:
          Type: String
        NullDefault:
          Type: String
          Default:
        Itself:
          Type: String
          Default: !Sub "x-${Itself}"
      Conditions:
        IsProd: !Equals [!Ref Stage, prod]
      Mappings:
        Sizes:
          prod:
            Memory: 1024
      Resources:
        Fn:
          Type: AWS::Lambda::Function
        V:
          Type: Custom::Values
          Properties:
            Text: hello
            Number: 30
            NumericString: "512"
            Empty:
            NoValue: !Ref AWS::NoValue
            RefDefault: !Ref Stage
            RefNumberDefault: !Ref Timeout
            RefNoDefault: !Ref Free
            RefNullDefault: !Ref NullDefault
            RefPseudo: !Ref AWS::Region
            RefResource: !Ref Fn
            GetAtt: !GetAtt Fn.Arn
            IfEqual: !If [IsProd, same, same]
            IfDiffer: !If [IsProd, a, b]
            IfOneNoValue: !If [IsProd, a, !Ref AWS::NoValue]
            IfBothNoValue: !If [IsProd, !Ref AWS::NoValue, !Ref AWS::NoValue]
            Join: !Join ["-", [app, !Ref Stage, 1]]
            JoinUnknowable: !Join ["-", [app, !Ref AWS::StackName]]
            JoinOfAList: !Join ["-", !Ref Free]
            Select: !Select [1, [a, !Ref Stage]]
            SelectOutOfRange: !Select [5, [a]]
            SelectOfSplit: !Select [2, !Split ["/", "a/b/c"]]
            SelectOfAZs: !Select [0, !GetAZs ""]
            SubPlain: !Sub "no variables"
            SubEscaped: !Sub "${!Literal}-x"
            SubParameter: !Sub "app-${Stage}"
            SubOwnVariable: {"Fn::Sub": ["${A}-${Stage}", {A: !Ref Timeout}]}
            SubPseudo: !Sub "arn:${AWS::Partition}:s3:::b"
            SubResource: !Sub "${Fn.Arn}"
            SubNoDefault: !Sub "${Free}"
            SubNotAMap: {"Fn::Sub": ["${B}", [1]]}
            FindInMap: !FindInMap [Sizes, !Ref Stage, Memory]
            FindInMapMissing: !FindInMap [Sizes, dev, Memory]
            ImportValue: !ImportValue shared
            Base64: !Base64 text
            List: [a, b]
            Map: {A: 1}
            Unknown: {"Fn::Frobnicate": x}
            SelfReference: !Ref Itself
      """);

  private static Node node(String key) {
    return T.resource("V").orElseThrow().properties().get(key).orElseThrow();
  }

  private static Resolved eval(String key) {
    return T.evaluate(node(key));
  }

  private static void known(String key, String text) {
    assertThat(eval(key)).isInstanceOfSatisfying(Resolved.Known.class, k -> assertThat(k.text()).isEqualTo(text));
  }

  private static void unknowable(String key) {
    assertThat(eval(key)).as(key).isInstanceOf(Resolved.Unknowable.class);
  }

  @Test
  void aLiteralIsKnownWhereItIsWritten() {
    assertThat(eval("Text")).isEqualTo(new Resolved.Known("hello", node("Text")));
    assertThat(((Resolved.Known) eval("Number")).number()).contains(30L);
    assertThat(((Resolved.Known) eval("NumericString")).number()).contains(512L);
    assertThat(((Resolved.Known) eval("Text")).number()).isEmpty();
  }

  @Test
  void nothingANullAndNoValueAreAbsent() {
    assertThat(T.evaluate((Node) null)).isInstanceOf(Resolved.Absent.class);
    assertThat(eval("Empty").isAbsent()).isTrue();
    assertThat(eval("NoValue").isAbsent()).isTrue();
    assertThat(eval("IfBothNoValue").isAbsent()).isTrue();
    assertThat(eval("NoValue").knownText()).isEmpty();
  }

  @Test
  void aParameterIsKnownThroughItsDefaultWithTheDefaultAsOrigin() {
    Node stageDefault = T.parameter("Stage").orElseThrow().defaultValue().orElseThrow();
    assertThat(eval("RefDefault")).isEqualTo(new Resolved.Known("prod", stageDefault));
    assertThat(((Resolved.Known) eval("RefNumberDefault")).number()).contains(30L);
    unknowable("RefNoDefault");
    assertThat(eval("RefNullDefault").isAbsent()).isTrue();
  }

  @Test
  void pseudoParametersResourcesAndImportsAreUnknowable() {
    unknowable("RefPseudo");
    unknowable("RefResource");
    unknowable("GetAtt");
    unknowable("ImportValue");
    unknowable("Base64");
    unknowable("Unknown");
    assertThat(eval("RefPseudo")).isEqualTo(new Resolved.Unknowable(Value.of(node("RefPseudo"))));
  }

  @Test
  void anIfIsKnownOnlyWhenBothBranchesAreKnownAndEqual() {
    known("IfEqual", "same");
    unknowable("IfDiffer");
    unknowable("IfOneNoValue");
  }

  @Test
  void aJoinIsKnownWhenEveryPartIs() {
    known("Join", "app-prod-1");
    unknowable("JoinUnknowable");
    unknowable("JoinOfAList");
    assertThat(((Resolved.Unknowable) eval("JoinUnknowable")).value()).isInstanceOf(Value.Ref.class);
  }

  @Test
  void aSelectIsKnownFromAWrittenListOrAKnownSplit() {
    known("Select", "prod");
    known("SelectOfSplit", "c");
    unknowable("SelectOutOfRange");
    unknowable("SelectOfAZs");
  }

  @Test
  void aSubIsKnownWhenEveryVariableIs() {
    known("SubPlain", "no variables");
    known("SubEscaped", "${Literal}-x");
    known("SubParameter", "app-prod");
    known("SubOwnVariable", "30-prod");
    unknowable("SubPseudo");
    unknowable("SubResource");
    unknowable("SubNoDefault");
    unknowable("SubNotAMap");
  }

  @Test
  void aFindInMapIsKnownFromTheMappingsWithKnownKeys() {
    known("FindInMap", "1024");
    unknowable("FindInMapMissing");
  }

  @Test
  void aDefaultThatNamesItselfIsUnknowableNotEndless() {
    unknowable("SelfReference");
  }

  @Test
  void aListOrAMapIsNoSingleText() {
    unknowable("List");
    unknowable("Map");
  }

  @Test
  void literalAndNumberStayTheWrittenValueOrAParameterDefault() {
    assertThat(T.literal(node("RefDefault"))).contains("prod");
    assertThat(T.number(node("RefNumberDefault"))).contains(30L);
    assertThat(T.literal(node("Empty"))).isEmpty();
    // known to evaluate, but not a literal: literal() reads what is written, not what is computed
    assertThat(T.literal(node("Join"))).isEmpty();
    assertThat(T.literal(node("SubPlain"))).isEmpty();
    assertThat(T.resolve(node("RefDefault"))).isSameAs(T.parameter("Stage").orElseThrow().defaultValue().orElseThrow());
    assertThat(T.resolve(node("RefNoDefault"))).isSameAs(node("RefNoDefault"));
  }

  @Test
  void referencesAndMentionsReadTheTypedValue() {
    Resource fn = T.resource("Fn").orElseThrow();
    assertThat(T.referencedResource(node("RefResource"))).contains(fn);
    assertThat(T.referencedResource(node("GetAtt"))).contains(fn);
    assertThat(T.referencedResource(node("SubResource"))).contains(fn);
    assertThat(T.referencedResource(node("RefDefault"))).isEmpty();
    assertThat(T.mentions(Value.of(node("RefResource")), fn)).isTrue();
    assertThat(T.mentions(node("Text"), fn)).isFalse();
    assertThat(T.mentionedIds(T.resource("V").orElseThrow().node()))
        .contains("AWS::NoValue", "Stage", "Fn", "Fn.Arn", "AWS::Partition")
        .doesNotContain("A", "hello"); // A is the Sub's own variable
  }
}
