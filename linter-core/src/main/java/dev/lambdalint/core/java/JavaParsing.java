package dev.lambdalint.core.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.model.TextRange;
import dev.lambdalint.core.parse.ParseProblem;
import dev.lambdalint.core.parse.ParserMessages;
import java.util.Optional;

/**
 * Parses Java sources with JavaParser at the newest language level it knows (records, sealed
 * types, pattern matching, text blocks). A file with a syntax error is reported, not analysed:
 * a recovered tree would make rules guess. Never throws for bad input.
 */
public final class JavaParsing {
  private static final ParserConfiguration.LanguageLevel LEVEL = ParserConfiguration.LanguageLevel.JAVA_25;

  /** JavaParser instances are not thread-safe; one per thread is cheap and enough. */
  private final ThreadLocal<JavaParser> parser = ThreadLocal.withInitial(() -> new JavaParser(
      new ParserConfiguration().setLanguageLevel(LEVEL).setAttributeComments(true)));

  /** A parsed source, or the problem that stopped it. */
  public record Result(Optional<JavaSource> source, Optional<ParseProblem> problem) {
    static Result ok(JavaSource source) {
      return new Result(Optional.of(source), Optional.empty());
    }

    static Result failed(ParseProblem problem) {
      return new Result(Optional.empty(), Optional.of(problem));
    }
  }

  public Result parse(SourceFile file, String text) {
    ParseResult<CompilationUnit> result;
    try {
      result = parser.get().parse(text);
    } catch (StackOverflowError e) {
      return Result.failed(new ParseProblem(file, TextRange.startOfLine(1),
          "Java source nested too deeply to parse"));
    } catch (RuntimeException e) {
      return Result.failed(new ParseProblem(file, TextRange.startOfLine(1),
          "Java parser failed: " + e.getClass().getSimpleName()));
    }
    if (result.isSuccessful() && result.getResult().isPresent()) {
      return Result.ok(new JavaSource(file, dropTokens(result.getResult().get())));
    }
    Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
    return Result.failed(new ParseProblem(file, position(first), message(first)));
  }

  /**
   * Keeps each node's range but lets go of the token list behind it: every node's token range
   * links into one list of all the file's tokens, which is half the memory of a parsed file, and a
   * scan keeps every file's tree until the cross-file joins have run. No rule reads tokens.
   */
  private static CompilationUnit dropTokens(CompilationUnit unit) {
    for (Node node : unit.findAll(Node.class)) dropTokens(node);
    for (Comment comment : unit.getAllComments()) dropTokens(comment);
    return unit;
  }

  private static void dropTokens(Node node) {
    Range range = node.getRange().orElse(null);
    node.setTokenRange(null); // also clears the range, hence it is set again
    node.setRange(range);
  }

  private static TextRange position(Problem problem) {
    if (problem == null) return TextRange.startOfLine(1);
    // The problem's range starts at the last good token; the parser's exception knows the bad one.
    if (problem.getCause().orElse(null) instanceof com.github.javaparser.ParseException e
        && e.currentToken != null && e.currentToken.next != null && e.currentToken.next.beginLine > 0) {
      return TextRange.at(e.currentToken.next.beginLine, Math.max(1, e.currentToken.next.beginColumn));
    }
    return problem.getLocation()
        .flatMap(l -> l.getBegin().getRange())
        .map(r -> TextRange.at(r.begin.line, r.begin.column))
        .or(() -> lexicalPosition(problem.getMessage()))
        .orElse(TextRange.startOfLine(1));
  }

  private static final java.util.regex.Pattern LEXICAL_AT =
      java.util.regex.Pattern.compile("Lexical error at line (\\d{1,9}), column (\\d{1,9})");

  /**
   * A lexical error (an unterminated string, a bad escape) has no location of its own; the
   * tokenizer's message names it: "Lexical error at line 3, column 20."
   */
  private static Optional<TextRange> lexicalPosition(String message) {
    if (message == null) return Optional.empty();
    java.util.regex.Matcher m = LEXICAL_AT.matcher(message);
    if (!m.find()) return Optional.empty();
    return Optional.of(TextRange.at(Math.max(1, Integer.parseInt(m.group(1))), Math.max(1, Integer.parseInt(m.group(2)))));
  }

  private static String message(Problem problem) {
    if (problem == null) return "Java syntax error";
    String text = problem.getMessage() == null ? "" : problem.getMessage();
    // "Parse error. Found X, expected one of <forty tokens>" says no more than "unexpected X".
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("^Parse error\\. Found (.+?), expected (one of )?(.*)$", java.util.regex.Pattern.MULTILINE)
        .matcher(text);
    if (m.find()) {
      String found = m.group(1).strip();
      text = m.group(2) == null ? "found " + found + ", expected " + m.group(3).strip() : "unexpected " + found;
    }
    return "Java syntax error: " + ParserMessages.clean(text);
  }
}
