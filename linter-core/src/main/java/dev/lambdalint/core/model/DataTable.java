package dev.lambdalint.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file shipped beside the code that reads it (runtimes, environment variables, trigger
 * payloads): UTF-8 lines of cells split by one separator, {@code #} lines and blank lines left
 * out, every row with the same number of cells. A broken file is a build mistake, so reading it
 * fails loudly, naming the file and the line.
 */
public final class DataTable {
  private final String resource;
  private final List<List<String>> rows;

  private DataTable(String resource, List<List<String>> rows) {
    this.resource = resource;
    this.rows = rows;
  }

  /**
   * Reads {@code resource} beside {@code owner}; {@code header} names the first cell of a header
   * row to skip (null when the file has none).
   */
  public static DataTable read(Class<?> owner, String resource, String separator, int columns, String header) {
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.strip().startsWith("#")) continue;
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(java.util.regex.Pattern.quote(separator), -1)) cells.add(cell.strip());
        if (cells.size() != columns || cells.get(0).isEmpty()) {
          throw new IllegalStateException(resource + ": not " + columns + " cells with a first one: " + line);
        }
        if (rows.isEmpty() && header != null && cells.get(0).equals(header)) {
          header = null;
          continue;
        }
        rows.add(List.copyOf(cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DataTable(resource, List.copyOf(rows));
  }

  public List<List<String>> rows() {
    return rows;
  }

  /** Fails, naming the file and the row, when {@code condition} is false. */
  public void require(boolean condition, List<String> row, String what) {
    if (!condition) throw new IllegalStateException(resource + ": " + what + ": " + String.join(" | ", row));
  }
}
