package dev.lambdalint.core.engine;

import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.suppress.CommentSyntax;
import dev.lambdalint.core.suppress.Suppression;
import dev.lambdalint.core.suppress.SuppressionScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One kind of input a run reads — CloudFormation/SAM templates, Java sources, Maven poms — found
 * through {@link java.util.ServiceLoader} like rules are
 * ({@code META-INF/services/dev.lambdalint.core.engine.FrontEnd}). The engine walks the scanned
 * folders once, offers every file to the front ends in the order they are installed (the first
 * that {@link #claims} a file loads it), loads each claimed file into a document of type {@code
 * D}, runs the rules on it through {@link #check}, reads its suppressions and counts it in the
 * report's summary. A front end is stateless and thread-safe; bad input never throws out of it:
 * it becomes an LL001 finding through {@link Loading}, or is ignored.
 *
 * @param <D> the document it loads ({@code Template}, {@code JavaSource}, {@code MavenPom})
 */
public interface FrontEnd<D> {

  /** What the report's summary counts a document of this kind as. */
  enum Counted {
    TEMPLATE,
    JAVA_SOURCE,
    /** Read for other documents' sake (a pom beside a function): not counted. */
    NONE
  }

  /**
   * What it reads, declared once: the name of its kind of input as messages and docs say it
   * ("CloudFormation/SAM template"), the type of its documents (how a rule asks the run for one,
   * {@link LintContext#document}), what the summary counts them as, and how its files write a
   * suppression comment (empty for none).
   */
  record Kind<D>(String name, Class<D> documentType, Counted counted, Optional<CommentSyntax> commentSyntax) {}

  /** What it reads ({@link Kind}). */
  Kind<D> kind();

  default String name() {
    return kind().name();
  }

  default Class<D> documentType() {
    return kind().documentType();
  }

  default Counted counted() {
    return kind().counted();
  }

  default Optional<CommentSyntax> commentSyntax() {
    return kind().commentSyntax();
  }

  /** Whether a file the walk found is this front end's to load: by name, folder or first bytes. */
  boolean claims(Candidate file);

  /**
   * Loads one claimed file: the document, or empty when it is none after all (a YAML workflow)
   * or cannot be loaded — then {@code loading} has been told why (an LL001) if the user should
   * know. Never throws for bad input.
   */
  Optional<D> load(SourceFile file, Loading loading);

  /** Roughly what checking the document costs (its lines): the largest documents are checked first. */
  long cost(D document);

  /**
   * Runs one rule on one document: the rule's hooks for every subject the document holds (for a
   * template: the template, each function, each of its event sources). What the rule reports
   * here is attributed to this document's file; if it throws, it loses its findings on this file
   * only (LL002).
   */
  void check(D document, Rule rule, LintContext context, FindingSink sink);

  /**
   * Every suppression written in a document: by default its suppression comments; a front end
   * adds its own forms (Java's {@code @SuppressWarnings}, a template resource's {@code Metadata}).
   * {@code lines} is the text the loader kept ({@link Loading#keepText}), split into lines.
   */
  default List<Suppression> suppressions(D document, SourceFile file, List<String> lines, SuppressionScanner scanner) {
    return commentSyntax().map(syntax -> scanner.comments(file, lines, syntax)).orElse(List.of());
  }

  /**
   * What a file of this kind needs read with it when it is given by itself (pre-commit passes only
   * changed files): folders to read for the joins between documents, and other files whose findings
   * are reported too. Nothing by default.
   */
  default GivenAlone givenAlone(Path file, Project project) {
    return GivenAlone.NOTHING;
  }

  /**
   * Folders to read (not report) with a folder given to scan, for the joins between documents:
   * none by default. The CDK front end reads an app's source and code with its {@code cdk.out}.
   */
  default List<Path> folderContext(Path folder) {
    return List.of();
  }

  /** The context of a file given by itself: folders or files to read, and files also reported. */
  record GivenAlone(List<Path> read, List<Path> reported) {
    public static final GivenAlone NOTHING = new GivenAlone(List.of(), List.of());

    public GivenAlone {
      read = List.copyOf(read);
      reported = List.copyOf(reported);
    }
  }

  /** What a front end may ask about the project around a file given by itself. */
  interface Project {
    /**
     * The templates describing the module of {@code file}: those whose functions' code is in it,
     * in its folder or above up to the repository root; else the {@code template.*} of the nearest
     * folder above holding one.
     */
    List<Path> templatesDescribing(Path file);

    /** The folders of the templates describing {@code file}'s module to read; those templates reported too when {@code reported}. */
    default GivenAlone withDescribingTemplates(Path file, boolean reported) {
      List<Path> templates = templatesDescribing(file);
      return new GivenAlone(templates.stream().map(Path::getParent).toList(), reported ? templates : List.of());
    }
  }
}
