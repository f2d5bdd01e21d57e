package io.github.assessmentkit.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A JSON-lines file: one document per line, lines ending in {@code \n} or {@code \r\n}. Blank lines
 * are not documents and are passed over; every other line is one, named by the file and its line
 * number (from 1).
 */
final class JsonLinesSource implements Source {
  private final Path file;
  private final long maxBytes;

  JsonLinesSource(Path file, long maxBytes) {
    this.file = file;
    this.maxBytes = maxBytes;
  }

  @Override
  public long count() throws IOException {
    long count = 0;
    boolean blank = true;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          count += blank ? 0 : 1;
          blank = true;
        } else if (!isSpace(b)) {
          blank = false;
        }
      }
    }
    return count + (blank ? 0 : 1);
  }

  @Override
  public void read(Consumer<Document> sink) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long number = 0;
    boolean blank = true;
    boolean tooLong = false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int b;
      while (true) {
        b = in.read();
        if (b == '\n' || b == -1) {
          number++;
          if (!blank) {
            sink.accept(document(number, line, tooLong));
          }
          if (b == -1) {
            return;
          }
          line.reset();
          blank = true;
          tooLong = false;
        } else if (!tooLong) {
          line.write(b);
          blank &= isSpace(b);
          if (line.size() > maxBytes) {
            tooLong = true;
            line.reset();
          }
        }
      }
    }
  }

  private Document document(long number, ByteArrayOutputStream line, boolean tooLong) {
    String source = file + ":" + number;
    if (tooLong) {
      return Document.unreadable(source, CliMessages.lineTooLong(maxBytes));
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    return Document.of(source, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end));
  }

  private static boolean isSpace(int b) {
    return b == ' ' || b == '\t' || b == '\r';
  }
}
