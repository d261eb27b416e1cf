package dev.lambdalint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserMessagesTest {
  @Test
  void quotedTextLongerThanFourCharactersIsMasked() {
    assertThat(ParserMessages.clean("Unrecognized token 'AKIAIOSFODNN7EXAMPLE': was expecting"))
        .isEqualTo("Unrecognized token 'AKIA****': was expecting");
  }

  @Test
  void shortQuotesParserPlaceholdersAndUnclosedQuotesStay() {
    assertThat(ParserMessages.clean("expected '<document start>', but found 'x' at it's end"))
        .isEqualTo("expected '<document start>', but found 'x' at it's end");
  }

  @Test
  void aLiteralQuotedAgainIsMaskedInsideItsEscapes() {
    assertThat(ParserMessages.clean("Lexical error at \"\\\"hunter2secret\\\"\""))
        .isEqualTo("Lexical error at \"hunt****\"");
  }

  @Test
  void onlyTheFirstLineAndAtMost300CharactersLeave() {
    String cleaned = ParserMessages.clean("x".repeat(1000) + "\nsecond line");
    assertThat(cleaned).hasSize(301).endsWith("…").doesNotContain("second");
  }

  @Test
  void aHugeQuotedTokenWithEscapesDoesNotOverflowTheStack() {
    // Found by JavaModelFuzzTest (crash-9b26…): the regex this replaced recursed once per character.
    String token = "\"" + "ab\\u0000".repeat(50_000) + "\"";
    assertThat(ParserMessages.clean("Lexical error at " + token + " here"))
        .isEqualTo("Lexical error at \"ab\\u****\" here");
  }
}
