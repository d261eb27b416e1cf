package dev.lambdalint.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * An annotation processor that writes the {@link java.util.ServiceLoader} file for rules: every
 * class annotated {@link RuleInfo} is listed in {@code META-INF/services/dev.lambdalint.core.engine.Rule},
 * so a rule is its class, docs and fixtures, and no list to keep in step by hand. It runs only where
 * a build names it ({@code -processor}, as {@code rules/pom.xml} does for its main sources): rules
 * declared in tests are never installed. Entries the output already holds are kept while their class
 * still exists, as an IDE's incremental compile recompiles only some classes.
 */
@SupportedAnnotationTypes("dev.lambdalint.core.model.RuleInfo")
public final class RuleRegistration extends AbstractProcessor {
  /** The service file, named after the rule interface (a string: the model does not depend on the engine). */
  public static final String SERVICE_FILE = "META-INF/services/dev.lambdalint.core.engine.Rule";
  private static final String RULE_INTERFACE = "dev.lambdalint.core.engine.Rule";

  private final Set<String> rules = new TreeSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      if (!rules.isEmpty()) write();
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(RuleInfo.class)) {
      if (registrable(element)) rules.add(processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString());
    }
    return false;
  }

  /** A public, concrete, top-level or static class implementing the rule interface; anything else is an error. */
  private boolean registrable(Element element) {
    String problem = null;
    if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
      problem = "@RuleInfo belongs on a concrete rule class";
    } else if (!element.getModifiers().contains(Modifier.PUBLIC)) {
      problem = "a rule class must be public for ServiceLoader to build it";
    } else if (element.getEnclosingElement().getKind() != ElementKind.PACKAGE && !element.getModifiers().contains(Modifier.STATIC)) {
      problem = "a nested rule class must be static for ServiceLoader to build it";
    } else if (!implementsRule((TypeElement) element)) {
      problem = "a class with @RuleInfo must implement " + RULE_INTERFACE;
    }
    if (problem != null) processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem, element);
    return problem == null;
  }

  private boolean implementsRule(TypeElement type) {
    TypeElement rule = processingEnv.getElementUtils().getTypeElement(RULE_INTERFACE);
    return rule != null && processingEnv.getTypeUtils().isAssignable(
        processingEnv.getTypeUtils().erasure(type.asType()), processingEnv.getTypeUtils().erasure(rule.asType()));
  }

  private void write() {
    Set<String> all = new TreeSet<>(rules);
    all.addAll(existingEntries());
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE);
      try (Writer out = file.openWriter()) {
        for (String rule : all) out.write(rule + "\n");
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + SERVICE_FILE + ": " + e.getMessage());
    }
  }

  /** What a previous compile wrote, keeping the classes that still exist. */
  private Set<String> existingEntries() {
    Set<String> kept = new TreeSet<>();
    try {
      FileObject previous = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE);
      String text;
      try (InputStream in = previous.openInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      for (String line : text.split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && processingEnv.getElementUtils().getTypeElement(name.replace('$', '.')) != null) kept.add(name);
      }
    } catch (IOException | IllegalArgumentException e) {
      // No previous file: a clean build.
    }
    return kept;
  }
}
