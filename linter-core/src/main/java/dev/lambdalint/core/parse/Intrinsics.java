package dev.lambdalint.core.parse;

import java.util.Map;

/**
 * The one place short-form YAML tags become CloudFormation's long form, as cfn-lint does:
 * {@code !Ref} → {@code Ref}, {@code !Condition} → {@code Condition}, every other {@code !Tag}
 * → {@code Fn::Tag} (unknown tags too, kept for what they are).
 */
final class Intrinsics {
  private static final Map<String, String> SPECIAL = Map.of("!Ref", "Ref", "!Condition", "Condition");

  private Intrinsics() {}

  /** True for a local tag such as {@code !GetAtt}; standard {@code tag:yaml.org} tags are data types. */
  static boolean isIntrinsicTag(String tag) {
    return tag.startsWith("!") && !tag.startsWith("!!") && tag.length() > 1;
  }

  static String longName(String tag) {
    String special = SPECIAL.get(tag);
    return special != null ? special : "Fn::" + tag.substring(1);
  }
}
