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

  @Test
  void theParsersOwnWordsStayWhileTheUsersTextIsMasked() {
    assertThat(ParserMessages.clean("Unrecognized token 'hunter2secret': was expecting (JSON String, Number,"
        + " Array, Object or token 'null', 'true' or 'false')"))
        .isEqualTo("Unrecognized token 'hunt****': was expecting (JSON String, Number, Array, Object or token"
            + " 'null', 'true' or 'false')");
    assertThat(ParserMessages.clean("Unexpected character ('/' (code 47)): maybe a (non-standard) comment?"
        + " (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"))
        .endsWith("Feature 'ALLOW_COMMENTS' not enabled for parser)");
  }

  @Test
  void userTextNamedWithoutQuotesIsMaskedToo() {
    assertThat(ParserMessages.clean("found undefined alias AKIASECRETALIAS99")).isEqualTo("found undefined alias AKIA****");
    assertThat(ParserMessages.clean("found undefined tag handle !secrethandle! (while parsing a node)"))
        .isEqualTo("found undefined tag handle !sec**** (while parsing a node)");
    assertThat(ParserMessages.maskUserText("AKIASECRETKEY1234")).isEqualTo("AKIA****");
    // Four code points, never half of one: an emoji is two UTF-16 units.
    assertThat(ParserMessages.maskUserText("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00x"))
        .isEqualTo("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00****");
  }
}
