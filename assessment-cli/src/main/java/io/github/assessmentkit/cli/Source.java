package io.github.assessmentkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Where the documents of a run come from: a folder of files or one JSON-lines file. */
interface Source {
  /**
   * Counts the documents, before reading them, for the progress.
   *
   * @return how many documents {@link #read} will hand on
   * @throws IOException if the input cannot be listed or read
   */
  long count() throws IOException;

  /**
   * Hands on every document, in a fixed order; a document that cannot be read is handed on with the
   * reason, and the reading goes on.
   *
   * @param sink what takes each document
   * @throws IOException if the input as a whole cannot be listed or read
   */
  void read(Consumer<Document> sink) throws IOException;

  /**
   * Opens an input.
   *
   * @param input a folder (its {@code *.json} files, searched recursively) or a JSON-lines file
   * @param maxBytes the largest document read; a larger one is handed on as unreadable
   * @return the source
   * @throws NoSuchFileException if the input does not exist
   */
  static Source of(Path input, long maxBytes) throws NoSuchFileException {
    if (Files.isDirectory(input)) {
      return new FolderSource(input, maxBytes);
    }
    if (Files.isRegularFile(input)) {
      return new JsonLinesSource(input, maxBytes);
    }
    throw new NoSuchFileException(input.toString());
  }
}
