package dev.lambdalint.core.engine;

import dev.lambdalint.core.parse.ParseProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What the engine gives a front end loading one file ({@link FrontEnd#load}): the file's bytes
 * read within the run's size limit, and a way to report why it does not load (LL001) and to keep
 * its decoded text (suppression comments and fingerprints are read from it).
 */
public interface Loading {

  /** The largest file the run parses, in bytes. */
  long maxBytes();

  /**
   * The file's bytes, at most {@link #maxBytes()} + 1 of them: more than the limit means the file
   * is over it and only its start was read. Empty when it cannot be read, which has then been
   * reported as an LL001.
   */
  Optional<byte[]> read();

  /** The whole file as a stream, for one over the limit that must be looked through, never held. */
  InputStream open() throws IOException;

  /** Reports why the file, or part of it, does not load (an LL001 at the problem's place). */
  void problem(ParseProblem problem);

  /** Reports that the file could not be read (an LL001 at its start). */
  void cannotRead(IOException e);

  /** Keeps the decoded text of a loaded document, for its suppressions and fingerprints. */
  void keepText(String text);
}
