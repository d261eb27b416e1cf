package dev.lambdalint.maven;

import dev.lambdalint.core.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;

/**
 * The findings already reported in this build. A template at the reactor root is read by every
 * module (its functions' handlers live in them), but each finding is reported by the first
 * module that finds it, so a root template's findings appear once, not once per module.
 */
final class ReactorFindings {
  /** One entry per running build; a build ends, the next gets a new start time. */
  private static final Map<String, ReactorFindings> BUILDS = new ConcurrentHashMap<>();

  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  static ReactorFindings of(MavenSession session) {
    String build = session.getRequest().getStartTime().getTime() + "@"
        + session.getRequest().getMultiModuleProjectDirectory() + "#" + System.identityHashCode(session.getRequest());
    if (BUILDS.size() > 64) BUILDS.clear(); // a long-lived daemon (mvnd) runs many builds
    return BUILDS.computeIfAbsent(build, b -> new ReactorFindings());
  }

  /** The findings no earlier module reported, now claimed by this one. */
  List<Finding> claim(List<Finding> findings) {
    return findings.stream().filter(f -> reported.add(f.ruleId() + "\u0000" + f.file().path() + "\u0000" + f.range()))
        .toList();
  }
}
