package io.github.assessmentkit.json;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.json.internal.VectorCheck;
import io.github.assessmentkit.json.internal.VectorMessages;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a criteria set against its golden vectors: files of assessments with the results scoring
 * them must give ({@link GoldenVector}), kept in a folder beside the set. One call reads the
 * folder, scores every vector and reports each result that differs with the explanation of its
 * number.
 *
 * <pre>{@code
 * Path folder = Path.of("src/test/resources/golden-vectors/coop-governance");
 * GoldenVectorReport report = GoldenVectors.check(GovernanceCriteria.rubric(), folder);
 * assertThat(report.failures()).isEmpty();   // each failure says what differs, and why
 * }</pre>
 *
 * <p>A folder's vectors are the files ending in {@code .json} directly in it, checked in the order
 * of their names; an assessment a vector refers to by a relative path lives in a subfolder (say
 * {@code assessments/}), which is not read as vectors. From the class path, read each vector with
 * {@link #read(URL)} and check the list.
 *
 * <p>A file that cannot be read stops the check with a {@link GoldenVectorFormatException} naming
 * the file, each problem with its JSON Pointer and rule id. An assessment that cannot be scored (it
 * answers another rubric, say) is a mismatch of its vector, at {@code /assessment}, not an error.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldenVectors {
  private GoldenVectors() {}

  /**
   * Checks a rubric against every golden vector in a folder, scoring with the standard scorer.
   *
   * @param rubric the rubric
   * @param folder the folder of vectors
   * @return the report, one outcome per file in name order
   * @throws GoldenVectorFormatException if a file cannot be read as a golden vector
   * @throws InvalidValueException if the folder holds no vector or two vectors share an id
   * @throws UncheckedIOException if the folder cannot be listed or a file read
   */
  public static GoldenVectorReport check(Rubric rubric, Path folder) {
    Checks.notNull(rubric, "rubric");
    return check(rubric, readFolder(folder), Scorer.standard());
  }

  /**
   * Checks a rubric against golden vectors, scoring with the standard scorer.
   *
   * @param rubric the rubric
   * @param vectors the vectors, at least one, each id once
   * @return the report, one outcome per vector in the order given
   * @throws InvalidValueException if the list is empty or two vectors share an id
   */
  public static GoldenVectorReport check(Rubric rubric, List<GoldenVector> vectors) {
    return check(rubric, vectors, Scorer.standard());
  }

  /**
   * Checks a rubric against golden vectors, scoring with the scorer given (for strategies of your
   * own).
   *
   * @param rubric the rubric
   * @param vectors the vectors, at least one, each id once
   * @param scorer the scorer
   * @return the report, one outcome per vector in the order given
   * @throws InvalidValueException if the list is empty or two vectors share an id
   */
  public static GoldenVectorReport check(Rubric rubric, List<GoldenVector> vectors, Scorer scorer) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(scorer, "scorer");
    List<GoldenVector> all = Checks.copy(vectors, "vectors");
    if (all.isEmpty()) {
      throw new InvalidValueException(VectorMessages.emptyFolder("vectors"));
    }
    Set<String> ids = new HashSet<>();
    for (GoldenVector v : all) {
      if (!ids.add(v.id())) {
        throw new InvalidValueException(VectorMessages.duplicateId(v.id()));
      }
    }
    List<GoldenVectorReport.Outcome> outcomes = new ArrayList<>(all.size());
    for (GoldenVector v : all) {
      outcomes.add(VectorCheck.check(rubric, scorer, v));
    }
    return new GoldenVectorReport(outcomes);
  }

  /**
   * Reads every golden vector in a folder: the files ending in {@code .json} directly in it, in
   * name order.
   *
   * @param folder the folder
   * @return the vectors, at least one
   * @throws GoldenVectorFormatException if a file cannot be read as a golden vector
   * @throws InvalidValueException if the folder holds no {@code .json} file
   * @throws UncheckedIOException if the folder cannot be listed or a file read
   */
  public static List<GoldenVector> readFolder(Path folder) {
    Checks.notNull(folder, "folder");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new InvalidValueException(VectorMessages.emptyFolder(folder.toString()));
    }
    List<GoldenVector> out = new ArrayList<>(files.size());
    for (Path f : files) {
      out.add(read(f));
    }
    return out;
  }

  /**
   * Reads one golden-vector file; an assessment it refers to is read from a path relative to the
   * file's folder.
   *
   * @param file the file
   * @return the vector
   * @throws GoldenVectorFormatException if it cannot be read as a golden vector
   * @throws UncheckedIOException if it cannot be read
   */
  public static GoldenVector read(Path file) {
    Checks.notNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    try {
      return AssessmentJson.standard()
          .readGoldenVector(bytes, reference -> Files.readAllBytes(folder.resolve(reference)));
    } catch (JsonFormatException e) {
      throw new GoldenVectorFormatException(file.toString(), e.report());
    }
  }

  /**
   * Reads one golden vector from a URL, such as a class-path resource; an assessment it refers to
   * is read from a URL relative to it.
   *
   * <pre>{@code
   * GoldenVector v = GoldenVectors.read(MyCriteria.class.getResource("/golden-vectors/my-set/strong.json"));
   * }</pre>
   *
   * @param resource the vector's URL
   * @return the vector
   * @throws GoldenVectorFormatException if it cannot be read as a golden vector
   * @throws UncheckedIOException if it cannot be read
   */
  public static GoldenVector read(URL resource) {
    Checks.notNull(resource, "resource");
    byte[] bytes;
    try (InputStream in = resource.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return AssessmentJson.standard()
          .readGoldenVector(
              bytes,
              reference -> {
                try (InputStream in = new URL(resource, reference).openStream()) {
                  return in.readAllBytes();
                }
              });
    } catch (JsonFormatException e) {
      throw new GoldenVectorFormatException(resource.toString(), e.report());
    }
  }
}
