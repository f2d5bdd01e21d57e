package io.github.assessmentkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@code *.json} files of a folder and its subfolders, in the order of their paths. Other files
 * are not documents and are passed over.
 */
final class FolderSource implements Source {
  private final Path folder;
  private final long maxBytes;
  private @Nullable List<Path> files;

  FolderSource(Path folder, long maxBytes) {
    this.folder = folder;
    this.maxBytes = maxBytes;
  }

  private List<Path> files() throws IOException {
    if (files == null) {
      try (Stream<Path> walk = Files.walk(folder)) {
        files =
            walk.filter(p -> p.getFileName().toString().endsWith(".json"))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      }
    }
    return files;
  }

  @Override
  public long count() throws IOException {
    return files().size();
  }

  @Override
  public void read(Consumer<Document> sink) throws IOException {
    for (Path file : files()) {
      String source = file.toString();
      try {
        long size = Files.size(file);
        if (size > maxBytes) {
          sink.accept(Document.unreadable(source, CliMessages.tooLarge(size, maxBytes)));
        } else {
          sink.accept(Document.of(source, Files.readAllBytes(file)));
        }
      } catch (IOException e) {
        sink.accept(Document.unreadable(source, CliMessages.unreadable(String.valueOf(e))));
      }
    }
  }
}
