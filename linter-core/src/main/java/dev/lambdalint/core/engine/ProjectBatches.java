package dev.lambdalint.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a large run's files into batches checked one after the other, so that memory holds one
 * batch's parse trees, not the repository's. A batch is made of projects: the largest folders
 * holding at most {@code maxFiles} files, whole (a service with its template, code and pom); a
 * folder holding more is split into its subfolders, and the files lying directly in it form a
 * project of their own. Projects are packed, in path order, into batches of at most
 * {@code maxFiles} files. A run of at most {@code maxFiles} files is one batch, read as before.
 */
final class ProjectBatches {
  private ProjectBatches() {}

  /**
   * The files one batch reads, in the order they were found, and the folders it holds whole: a
   * lookup from inside one of them that finds its answer there is settled within the batch.
   */
  record Batch(List<FileDiscovery.Claimed> files, List<Path> wholeFolders) {
    Batch {
      files = List.copyOf(files);
      wholeFolders = List.copyOf(wholeFolders);
    }

    /** Several batches checked together, when a lookup of one is answered in another. */
    static Batch merge(List<Batch> batches) {
      List<FileDiscovery.Claimed> files = new ArrayList<>();
      List<Path> folders = new ArrayList<>();
      for (Batch b : batches) {
        files.addAll(b.files);
        folders.addAll(b.wholeFolders);
      }
      return new Batch(files, folders);
    }
  }

  static List<Batch> split(List<FileDiscovery.Claimed> files, int maxFiles) {
    if (files.size() <= maxFiles) return List.of(new Batch(files, List.of()));
    Folder top = new Folder(null);
    Map<Path, Folder> folders = new HashMap<>();
    for (FileDiscovery.Claimed file : files) {
      Path parent = file.path().toAbsolutePath().normalize().getParent();
      folderOf(parent, folders, top).files.add(file);
    }
    List<Project> projects = new ArrayList<>();
    for (Folder root : top.children.values()) collect(root, maxFiles, projects);
    List<Batch> batches = new ArrayList<>();
    List<FileDiscovery.Claimed> batchFiles = new ArrayList<>();
    List<Path> batchFolders = new ArrayList<>();
    for (Project p : projects) {
      if (!batchFiles.isEmpty() && batchFiles.size() + p.files.size() > maxFiles) {
        batches.add(new Batch(batchFiles, batchFolders));
        batchFiles = new ArrayList<>();
        batchFolders = new ArrayList<>();
      }
      batchFiles.addAll(p.files);
      if (p.wholeFolder != null) batchFolders.add(p.wholeFolder);
    }
    if (!batchFiles.isEmpty()) batches.add(new Batch(batchFiles, batchFolders));
    return batches;
  }

  /** A folder of the scan, its subfolders by name and the files directly in it; counted below. */
  private static final class Folder {
    final Path path;
    final TreeMap<String, Folder> children = new TreeMap<>();
    final List<FileDiscovery.Claimed> files = new ArrayList<>();
    int total = -1;

    Folder(Path path) {
      this.path = path;
    }

    int total() {
      if (total < 0) {
        int n = files.size();
        for (Folder c : children.values()) n += c.total();
        total = n;
      }
      return total;
    }

    void addAllFiles(List<FileDiscovery.Claimed> into) {
      into.addAll(files);
      for (Folder c : children.values()) c.addAllFiles(into);
    }
  }

  /** Files checked together: a whole folder, or the files lying directly in a folder too large to be one. */
  private record Project(List<FileDiscovery.Claimed> files, Path wholeFolder) {}

  private static Folder folderOf(Path path, Map<Path, Folder> folders, Folder top) {
    Folder known = folders.get(path);
    if (known != null) return known;
    Path parent = path.getParent();
    Folder above = parent == null ? top : folderOf(parent, folders, top);
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    Folder folder = above.children.computeIfAbsent(name, n -> new Folder(path));
    folders.put(path, folder);
    return folder;
  }

  private static void collect(Folder folder, int maxFiles, List<Project> into) {
    if (folder.total() == 0) return;
    if (folder.total() <= maxFiles) {
      List<FileDiscovery.Claimed> files = new ArrayList<>(folder.total());
      folder.addAllFiles(files);
      into.add(new Project(files, folder.path));
      return;
    }
    for (int from = 0; from < folder.files.size(); from += maxFiles) {
      into.add(new Project(folder.files.subList(from, Math.min(folder.files.size(), from + maxFiles)), null));
    }
    for (Folder child : folder.children.values()) collect(child, maxFiles, into);
  }
}
