package dev.lambdalint.core.parse;

import dev.lambdalint.core.model.TextRange;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text the way YAML and JSON allow: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
 * Invalid UTF-8 and binary content are reported with the line they occur on.
 */
final class TextDecoding {
  private TextDecoding() {}

  static String decode(byte[] bytes) throws DocumentException {
    if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
    if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
    int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int nul = indexOfNul(bytes, offset);
    if (nul >= 0) {
      throw new DocumentException("binary content (a NUL byte) where a text template was expected", positionOf(bytes, nul));
    }
    return strict(bytes, offset, StandardCharsets.UTF_8);
  }

  private static String strict(byte[] bytes, int offset, Charset charset) throws DocumentException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(bytes, offset, charset);
      throw new DocumentException("invalid " + charset.name() + " byte sequence", positionOf(bytes, bad));
    }
  }

  /** Finds the offset of the first undecodable byte by decoding step by step. */
  private static int firstInvalid(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  /**
   * Line and column of the byte at {@code index}, the column in code points like every reported
   * column: the bytes before it on its line are valid UTF-8 (the first invalid byte is the one
   * blamed), so they are decoded and counted. This text goes no further, so no later step converts.
   */
  private static TextRange positionOf(byte[] bytes, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int end = Math.min(index, bytes.length);
    String before = new String(bytes, lineStart, Math.max(0, end - lineStart), StandardCharsets.UTF_8);
    return TextRange.at(line, before.codePointCount(0, before.length()) + 1);
  }

  private static int indexOfNul(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) return i;
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
