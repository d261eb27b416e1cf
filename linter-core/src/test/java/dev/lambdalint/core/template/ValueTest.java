package dev.lambdalint.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a template value is read: every intrinsic form, short and long YAML, and JSON, alike. */
class ValueTest {
  private static final Template YAML = TemplateViewTest.template("template.yaml", """
      Resources:
        V:
          Type: Custom::Forms
          Properties:
            Text: hello
            Number: 30
            Boolean: true
            Empty:
            Tilde: ~
            ShortRef: !Ref Fn
            LongRef: {Ref: Fn}
            GetAttShort: !GetAtt Fn.Arn
            GetAttNested: !GetAtt Fn.Outputs.Name
            GetAttList: !GetAtt [Fn, Arn]
            GetAttLong: {"Fn::GetAtt": [Fn, Arn]}
            GetAttComputed: !GetAtt [Fn, !Ref Attr]
            SubShort: !Sub "arn:${AWS::Partition}:s3:::b"
            SubLong: {"Fn::Sub": ["${Name}-x", {Name: !Ref Fn}]}
            If: !If [IsProd, a, b]
            Join: !Join ["-", [a, !Ref Fn]]
            JoinOfSplit: !Join ["", !Split [",", "a,b"]]
            Select: !Select [1, [a, b]]
            Split: !Split [",", "a,b"]
            ImportValue: !ImportValue shared-vpc
            FindInMap: !FindInMap [Map, Top, Second]
            FindInMapDefault: !FindInMap [Map, Top, Second, {DefaultValue: d}]
            Base64: !Base64 text
            GetAZs: !GetAZs ""
            Cidr: !Cidr ["10.0.0.0/16", 4, 8]
            Condition: {Condition: IsProd}
            Equals: !Equals [a, b]
            Unknown: {"Fn::Frobnicate": x}
            JoinOfThree: !Join ["-", [a], extra]
            RefToAMap: {Ref: {Name: x}}
            IfWithoutCondition: !If [[x], a, b]
            List: [a, !Ref Fn]
            Map: {A: 1, B: !Ref Fn}
        Fn:
          Type: AWS::Lambda::Function
      """);

  private static final Template JSON = TemplateViewTest.template("template.json", """
      {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"V": {"Type": "Custom::Values", "Properties": {
        "Ref": {"Ref": "Fn"},
        "GetAtt": {"Fn::GetAtt": ["Fn", "Arn"]},
        "Sub": {"Fn::Sub": "${Fn}"},
        "Join": {"Fn::Join": ["", ["a", "b"]]},
        "Null": null,
        "Number": 30
      }}}}
      """);

  private static Value yaml(String key) {
    return Value.of(YAML.resource("V").orElseThrow().properties().get(key).orElseThrow());
  }

  private static Value json(String key) {
    return Value.of(JSON.resource("V").orElseThrow().properties().get(key).orElseThrow());
  }

  @Test
  void aScalarIsALiteralWithItsTextAndANullIsNoLiteral() {
    assertThat(yaml("Text")).isInstanceOfSatisfying(Value.Literal.class, l -> {
      assertThat(l.text()).isEqualTo("hello");
      assertThat(l.isString()).isTrue();
    });
    assertThat(yaml("Number")).isInstanceOfSatisfying(Value.Literal.class, l -> {
      assertThat(l.number()).contains(30L);
      assertThat(l.isString()).isFalse();
    });
    assertThat(yaml("Boolean").literal()).contains("true");
    assertThat(yaml("Empty")).isInstanceOf(Value.Null.class);
    assertThat(yaml("Tilde")).isInstanceOf(Value.Null.class);
    assertThat(yaml("Empty").literal()).isEmpty();
    assertThat(json("Null")).isInstanceOf(Value.Null.class);
    assertThat(json("Number")).isInstanceOfSatisfying(Value.Literal.class, l -> assertThat(l.number()).contains(30L));
  }

  @Test
  void refReadsAlikeInShortLongAndJsonForms() {
    for (Value ref : List.of(yaml("ShortRef"), yaml("LongRef"), json("Ref"))) {
      assertThat(ref).isInstanceOfSatisfying(Value.Ref.class, r -> {
        assertThat(r.target()).isEqualTo("Fn");
        assertThat(r.isNoValue()).isFalse();
        assertThat(r.isPseudoParameter()).isFalse();
      });
      assertThat(ref.literal()).isEmpty();
    }
  }

  @Test
  void getAttNamesTheResourceAndTheAttributeInEveryForm() {
    for (Value getAtt : List.of(yaml("GetAttShort"), yaml("GetAttList"), yaml("GetAttLong"), json("GetAtt"))) {
      assertThat(getAtt).isEqualTo(new Value.GetAtt((MapNode) getAtt.node(), "Fn", Optional.of("Arn")));
    }
    assertThat(yaml("GetAttNested")).isInstanceOfSatisfying(Value.GetAtt.class, g -> {
      assertThat(g.resource()).isEqualTo("Fn");
      assertThat(g.attribute()).contains("Outputs.Name");
    });
    assertThat(yaml("GetAttComputed")).isInstanceOfSatisfying(Value.GetAtt.class, g -> {
      assertThat(g.resource()).isEqualTo("Fn");
      assertThat(g.attribute()).isEmpty();
    });
  }

  @Test
  void subIsTheOneSubTypeInBothForms() {
    assertThat(yaml("SubShort")).isInstanceOfSatisfying(Sub.class, s -> {
      assertThat(s.isShortForm()).isTrue();
      assertThat(s.text()).contains("arn:${AWS::Partition}:s3:::b");
    });
    assertThat(yaml("SubLong")).isInstanceOfSatisfying(Sub.class, s -> {
      assertThat(s.isShortForm()).isFalse();
      assertThat(s.text()).contains("${Name}-x");
      assertThat(s.variables()).isPresent();
    });
    assertThat(json("Sub")).isInstanceOfSatisfying(Sub.class, s -> assertThat(s.wholeReference()).contains("Fn"));
    assertThat(Sub.of(yaml("SubShort").node())).containsSame((Sub) yaml("SubShort"));
  }

  @Test
  void everyOtherIntrinsicIsReadWithItsArguments() {
    assertThat(yaml("If")).isInstanceOfSatisfying(Value.If.class, i -> {
      assertThat(i.condition()).isEqualTo("IsProd");
      assertThat(i.whenTrue().literal()).contains("a");
      assertThat(i.whenFalse().literal()).contains("b");
    });
    assertThat(yaml("Join")).isInstanceOfSatisfying(Value.Join.class, j -> {
      assertThat(j.delimiter().literal()).contains("-");
      assertThat(j.list()).isInstanceOfSatisfying(Value.ListValue.class, l ->
          assertThat(l.items()).hasSize(2).element(1).isInstanceOf(Value.Ref.class));
    });
    assertThat(json("Join")).isInstanceOf(Value.Join.class);
    assertThat(yaml("JoinOfSplit")).isInstanceOfSatisfying(Value.Join.class, j -> assertThat(j.list()).isInstanceOf(Value.Split.class));
    assertThat(yaml("Select")).isInstanceOfSatisfying(Value.Select.class, s -> assertThat(s.index().literal()).contains("1"));
    assertThat(yaml("Split")).isInstanceOfSatisfying(Value.Split.class, s -> assertThat(s.source().literal()).contains("a,b"));
    assertThat(yaml("ImportValue")).isInstanceOfSatisfying(Value.ImportValue.class, i -> assertThat(i.name().literal()).contains("shared-vpc"));
    assertThat(yaml("FindInMap")).isInstanceOfSatisfying(Value.FindInMap.class, f -> {
      assertThat(f.map().literal()).contains("Map");
      assertThat(f.secondKey().literal()).contains("Second");
      assertThat(f.defaultValue()).isEmpty();
    });
    assertThat(yaml("FindInMapDefault")).isInstanceOfSatisfying(Value.FindInMap.class, f -> assertThat(f.defaultValue()).isPresent());
    assertThat(yaml("Base64")).isInstanceOfSatisfying(Value.Base64.class, b -> assertThat(b.content().literal()).contains("text"));
    assertThat(yaml("GetAZs")).isInstanceOfSatisfying(Value.GetAZs.class, g -> assertThat(g.region().literal()).contains(""));
    assertThat(yaml("Cidr")).isInstanceOfSatisfying(Value.Cidr.class, c -> assertThat(c.count().literal()).contains("4"));
    assertThat(yaml("Condition")).isInstanceOfSatisfying(Value.Condition.class, c -> assertThat(c.name()).isEqualTo("IsProd"));
  }

  @Test
  void anUnknownFunctionOrAMisshapenOneIsKeptAsWritten() {
    assertThat(yaml("Equals")).isInstanceOfSatisfying(Value.Other.class, o -> assertThat(o.name()).isEqualTo("Fn::Equals"));
    assertThat(yaml("Unknown")).isInstanceOfSatisfying(Value.Other.class, o -> {
      assertThat(o.name()).isEqualTo("Fn::Frobnicate");
      assertThat(o.argumentValue().literal()).contains("x");
    });
    assertThat(yaml("JoinOfThree")).isInstanceOfSatisfying(Value.Other.class, o -> assertThat(o.name()).isEqualTo("Fn::Join"));
    assertThat(yaml("RefToAMap")).isInstanceOfSatisfying(Value.Other.class, o -> assertThat(o.name()).isEqualTo("Ref"));
    assertThat(yaml("IfWithoutCondition")).isInstanceOf(Value.Other.class);
  }

  @Test
  void listsAndMapsHoldValues() {
    assertThat(yaml("List")).isInstanceOfSatisfying(Value.ListValue.class, l -> {
      assertThat(l.size()).isEqualTo(2);
      assertThat(l.items().get(0).literal()).contains("a");
      assertThat(l.items().get(1)).isInstanceOf(Value.Ref.class);
    });
    assertThat(yaml("Map")).isInstanceOfSatisfying(Value.MapValue.class, m -> {
      assertThat(m.has("A")).isTrue();
      assertThat(m.get("B")).containsInstanceOf(Value.Ref.class);
      assertThat(m.get("C")).isEmpty();
    });
  }

  @Test
  void aNodeIsReadOnceAndKeepsItsLocation() {
    Node node = YAML.resource("V").orElseThrow().properties().get("Join").orElseThrow();
    assertThat(Value.of(node)).isSameAs(Value.of(node));
    assertThat(Value.of(node).node()).isSameAs(node);
    Value.Join join = (Value.Join) Value.of(node);
    assertThat(join.delimiter()).isSameAs(Value.of(((ListNode) node.intrinsicArgument().orElseThrow()).get(0)));
    assertThat(join.node().path()).isEqualTo("Resources/V/Properties/Join");
    assertThat(Value.of(null)).isNull();
  }
}
