package dev.lambdalint.core.engine;

import dev.lambdalint.core.invoke.InvocationGraph;
import dev.lambdalint.core.java.JavaModel;
import dev.lambdalint.core.model.Finding;
import dev.lambdalint.core.model.Nearest;
import dev.lambdalint.core.model.SourceFile;
import dev.lambdalint.core.suppress.Suppressed;
import dev.lambdalint.core.template.Function;
import dev.lambdalint.core.template.Template;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps a batched run's findings those of one run over everything. Each batch, once checked, leaves
 * here the compact facts other batches may need — the classes its sources declare (name and file),
 * the function names its templates declare, and which batch holds which file — and what its model
 * looked up that another batch might answer ({@link BatchHorizon}). When every batch has been
 * checked, each lookup is answered as one run over everything would answer it; a batch whose
 * answer lies in another batch is checked again together with it, until no lookup leaves its group.
 * Projects that share nothing (the usual monorepo of services) are never checked twice.
 */
final class ProjectClosure {
  /** Every file of the run, by absolute path as text: a folder's files are a contiguous range. */
  private final TreeMap<String, Integer> batchOfFile = new TreeMap<>();
  /** Declared classes by qualified name, with the files declaring them. */
  private final Map<String, List<SourceFile>> declarers = new HashMap<>();
  /** Literal function names, with the templates declaring them. */
  private final Map<String, List<Path>> functionNames = new HashMap<>();
  private final BitSet declared = new BitSet();
  /** Union-find over batches: the group each batch is checked in. */
  private final int[] group;
  /** The lookups of each group's latest check, by the group's smallest batch. */
  private final Map<Integer, BatchHorizon> lookups = new TreeMap<>();

  ProjectClosure(List<ProjectBatches.Batch> batches) {
    group = new int[batches.size()];
    for (int i = 0; i < batches.size(); i++) {
      group[i] = i;
      for (FileDiscovery.Claimed file : batches.get(i).files()) {
        batchOfFile.put(file.path().toAbsolutePath().normalize().toString(), i);
      }
    }
  }

  /**
   * A group of batches has been checked: the facts its files declare, what it looked up, and the
   * files its report has findings on — one of another batch (a pom a template's rule reports on) is
   * assembled with that batch's suppressions and text, so they are checked together.
   */
  void checked(List<Integer> members, LintContext context, BatchHorizon horizon, Report report) {
    for (Finding f : report.findings()) horizon.reportedFiles.add(f.file().absolutePath());
    for (Suppressed s : report.suppressed()) horizon.reportedFiles.add(s.finding().file().absolutePath());
    if (members.stream().anyMatch(b -> !declared.get(b))) {
      for (JavaModel.TypeInfoView type : context.java().types()) {
        declarers.computeIfAbsent(type.fqn(), k -> new ArrayList<>()).add(type.source().file());
      }
      for (Template template : context.templates()) {
        for (Function function : template.functions()) {
          InvocationGraph.literalName(function).ifPresent(name ->
              functionNames.computeIfAbsent(name, k -> new ArrayList<>()).add(template.file().absolutePath()));
        }
      }
      members.forEach(declared::set);
    }
    lookups.put(members.get(0), horizon);
  }

  /**
   * The groups to check again: those whose lookups are answered in another group, each merged with
   * the groups holding the answers (sorted batch numbers). Empty when every lookup is answered
   * where it was made.
   */
  List<List<Integer>> toCheckTogether() {
    int[] before = new int[group.length];
    for (int i = 0; i < group.length; i++) before[i] = find(i);
    for (Map.Entry<Integer, BatchHorizon> e : lookups.entrySet()) {
      int from = e.getKey();
      for (int answer : answeringBatches(e.getValue())) union(from, answer);
    }
    Map<Integer, TreeSet<Integer>> members = new TreeMap<>();
    for (int i = 0; i < group.length; i++) members.computeIfAbsent(find(i), k -> new TreeSet<>()).add(i);
    List<List<Integer>> again = new ArrayList<>();
    for (TreeSet<Integer> m : members.values()) {
      if (m.stream().map(i -> before[i]).distinct().count() > 1) {
        again.add(List.copyOf(m));
        for (int i : m) lookups.remove(i);
      }
    }
    return again;
  }

  /** The batches holding an answer to some lookup of a group, as one run over everything finds it. */
  private Set<Integer> answeringBatches(BatchHorizon horizon) {
    Set<Integer> batches = new TreeSet<>();
    for (BatchHorizon.TypeLookup lookup : horizon.types) {
      for (SourceFile file : nearest(declarers.get(lookup.qualifiedName()), lookup.from())) {
        addBatchOf(file.absolutePath(), batches);
      }
    }
    for (Path folder : horizon.folders) {
      String prefix = folder.toString().endsWith(File.separator) ? folder.toString() : folder + File.separator;
      batches.addAll(batchOfFile.subMap(prefix, prefix + Character.MAX_VALUE).values());
    }
    for (Path file : horizon.reportedFiles) addBatchOf(file, batches);
    for (BatchHorizon.FunctionLookup lookup : horizon.functions) {
      List<Path> templates = functionNames.getOrDefault(lookup.functionName(), List.of()).stream()
          .filter(t -> !t.equals(lookup.template())).toList();
      for (Path t : Nearest.of(templates, t -> t, lookup.template())) addBatchOf(t, batches);
    }
    return batches;
  }

  /** The declarers a class lookup from {@code from} finds: as {@code TypeIndex.nearest}, over every batch. */
  private static List<SourceFile> nearest(List<SourceFile> candidates, Path from) {
    if (candidates == null) return List.of();
    return Nearest.of(candidates.stream().sorted().toList(), SourceFile::absolutePath, from);
  }

  private void addBatchOf(Path file, Set<Integer> into) {
    Integer batch = batchOfFile.get(file.toAbsolutePath().normalize().toString());
    if (batch != null) into.add(batch); // every declaring file is one of the run's
  }

  private int find(int i) {
    while (group[i] != i) {
      group[i] = group[group[i]];
      i = group[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) group[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
