package io.github.assessmentkit.cli;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a made-up round to try the tool on, always the same: organisations in five provinces of
 * the north-east, each self-assessed for fiscal year 2567 against the CQA set and then the
 * good-governance set, two documents per organisation, with one document of every {@code
 * invalidEvery} (the last of each run of {@code invalidEvery}, or the one before it, in turn)
 * spoilt in one of eight ways, taken in turn: a value the scale does not have, a document cut
 * short, a rubric version that does not exist, an indicator the set lacks, a file that is not JSON,
 * an unknown era, a fiscal year written in words, and a second assessment of an organisation
 * already in the round.
 *
 * <p>The folder gets {@code documents/} (one file per document, numbered in order) and {@code
 * assessments.jsonl} (the same documents, one per line). The build writes 1,000 documents to {@code
 * assessment-cli/target/samples}.
 */
public final class SampleDocuments {
  /** The seed of the ratings. */
  static final long SEED = 2567L;

  /** How many ways a document is spoilt. */
  static final int KINDS_OF_SPOILT = 8;

  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  private static final List<Text> PROVINCES =
      List.of(
          Text.of("เลย", "Loei"),
          Text.of("หนองบัวลำภู", "Nong Bua Lam Phu"),
          Text.of("อุดรธานี", "Udon Thani"),
          Text.of("หนองคาย", "Nong Khai"),
          Text.of("สกลนคร", "Sakon Nakhon"));

  private static final List<OrganisationType> TYPES =
      List.of(
          OrganisationType.AGRICULTURAL,
          OrganisationType.SAVINGS,
          OrganisationType.FARMER_GROUP,
          OrganisationType.STORE,
          OrganisationType.SERVICE,
          OrganisationType.CREDIT_UNION,
          OrganisationType.LAND_SETTLEMENT,
          OrganisationType.FISHERIES);

  /**
   * What was written.
   *
   * @param files the document files, in order
   * @param jsonLines the JSON-lines file
   * @param spoilt the document files that were spoilt, in order
   */
  record Written(List<Path> files, Path jsonLines, List<Path> spoilt) {}

  private SampleDocuments() {}

  /**
   * Writes the sample round.
   *
   * @param args the folder, the number of documents, and how often a document is spoilt (every
   *     N-th, at least 4)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: SampleDocuments FOLDER COUNT INVALID_EVERY");
    }
    Written w = write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    System.out.println(
        "wrote "
            + w.files().size()
            + " assessment documents ("
            + w.spoilt().size()
            + " spoilt) to "
            + w.files().get(0).getParent()
            + " and "
            + w.jsonLines());
  }

  /**
   * Writes the sample round, replacing the documents of an earlier one.
   *
   * @param folder the folder, made if missing
   * @param count how many documents, at least 1
   * @param invalidEvery every how many documents one is spoilt, at least 4
   * @return what was written
   * @throws IOException if a file cannot be written
   */
  static Written write(Path folder, int count, int invalidEvery) throws IOException {
    if (count < 1 || invalidEvery < 4) {
      throw new IllegalArgumentException(
          "count must be at least 1 and invalidEvery at least 4: " + count + ", " + invalidEvery);
    }
    Path documents = folder.resolve("documents");
    Files.createDirectories(documents);
    try (Stream<Path> old = Files.list(documents)) {
      for (Path p : old.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.delete(p);
      }
    }
    AssessmentJson json = AssessmentJson.standard();
    List<Rubric> rubrics = List.of(CqaCriteria.rubric(), GovernanceCriteria.rubric());
    Random random = new Random(SEED);
    List<Path> files = new ArrayList<>();
    List<Path> spoilt = new ArrayList<>();
    Path jsonLines = folder.resolve("assessments.jsonl");
    try (BufferedWriter lines = Files.newBufferedWriter(jsonLines, StandardCharsets.UTF_8)) {
      int level = 0;
      for (int i = 0; i < count; i++) {
        int organisation = i / 2;
        Rubric rubric = rubrics.get(i % 2);
        if (i % 2 == 0) {
          // a level of practice per organisation, 20 to 80 %
          level = 20 + 5 * random.nextInt(13);
        }
        Subject subject = subject(organisation);
        String text = json.writeString(assessment(subject, rubric, level, random));
        int kind = spoiltKind(i, invalidEvery);
        boolean spoil = kind >= 0;
        if (spoil) {
          text = spoilt(text, kind, organisation);
        }
        Path file =
            documents.resolve(
                String.format(Locale.ROOT, "%04d-%s-%s.json", i + 1, subject.id(), rubric.id()));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        lines.write(Compact.of(text).strip());
        lines.write('\n');
        files.add(file);
        if (spoil) {
          spoilt.add(file);
        }
      }
    }
    return new Written(List.copyOf(files), jsonLines, List.copyOf(spoilt));
  }

  private static Subject subject(int n) {
    OrganisationType type = TYPES.get(n % TYPES.size());
    Text province = PROVINCES.get(n % PROVINCES.size());
    String number = String.format(Locale.ROOT, "%04d", n + 1);
    return new Subject(
        "org-" + number,
        Text.of(
            type.label().get(Language.TH) + "ตัวอย่าง " + number,
            "Sample " + type.label().get(Language.EN) + " " + number),
        type,
        province.get(Language.EN));
  }

  private static Assessment assessment(Subject subject, Rubric rubric, int level, Random random) {
    AssessmentBuilder b =
        Assessment.builder(subject.id() + "-" + rubric.id() + "-2567", subject, rubric.ref(), YEAR)
            .kind(AssessmentKind.SELF)
            .status(AssessmentStatus.FINAL);
    for (Indicator indicator : rubric.indicators()) {
      b.rating(indicator.scale().accept(new Answer(indicator.id(), level, random)));
    }
    return b.build();
  }

  /**
   * Which way document {@code i} (from 0) is spoilt, or -1 if it is not: the j-th spoilt one is the
   * last of the j-th run of {@code every} documents, or the one before it when j is odd, so that
   * both rubrics get spoilt documents.
   */
  static int spoiltKind(int i, int every) {
    int j = i / every;
    int at = j * every + every - 1 - (j % 2);
    return i == at ? j % KINDS_OF_SPOILT : -1;
  }

  /** Spoils a document in the {@code kind}-th way. */
  private static String spoilt(String text, int kind, int organisation) {
    return switch (kind) {
      case 0 -> text.replaceFirst("\"value\": (\"[^\"]*\"|[0-9.]+)", "\"value\": \"maybe\"");
      case 1 -> text.substring(0, text.length() / 2);
      case 2 -> text.replaceFirst("\"rubric\": \"([^\"@]+)@[^\"]*\"", "\"rubric\": \"$1@1999.1\"");
      case 3 -> text.replaceFirst("\"indicator\": \"([^\"]*)\"", "\"indicator\": \"$1.99\"");
      case 4 -> "ส่งผลการประเมินทางไปรษณีย์แล้ว / the results were sent by post\n";
      case 5 -> text.replaceFirst("\"era\": \"[A-Z]+\"", "\"era\": \"XX\"");
      case 6 -> text.replaceFirst("\"fiscalYear\": [0-9]+", "\"fiscalYear\": \"two thousand\"");
      default ->
          // the organisation before this one, already in the round for the same rubric
          text.replace(
              "\"" + subject(organisation).id() + "\"",
              "\"" + subject(organisation - 1).id() + "\"");
    };
  }

  /** A value for one indicator: better the higher the level of practice, always on its scale. */
  private record Answer(String id, int level, Random random) implements Scale.Visitor<Rating> {
    @Override
    public Rating visitBand(BandScale scale) {
      // the level, give or take up to 15, on the 5 % grid of the CQA bands
      return Rating.of(id, Math.max(0, Math.min(100, level + 5 * (random.nextInt(7) - 3))));
    }

    @Override
    public Rating visitLevel(LevelScale scale) {
      int reached = 0;
      for (int k = 1; k < scale.levels().size(); k++) {
        reached += random.nextInt(100) < level + 20 ? 1 : 0;
      }
      return Rating.choice(id, scale.levels().get(reached).code());
    }

    @Override
    public Rating visitYesPartialNo(YesPartialNoScale scale) {
      int draw = random.nextInt(100);
      return Rating.choice(id, draw < level + 20 ? "yes" : draw < level + 50 ? "partial" : "no");
    }

    @Override
    public Rating visitYesNo(YesNoScale scale) {
      return Rating.choice(id, random.nextInt(100) < level + 20 ? "yes" : "no");
    }

    @Override
    public Rating visitLikert(LikertScale scale) {
      throw new UnsupportedOperationException("no Likert indicators in the sample sets: " + id);
    }

    @Override
    public Rating visitMeasure(MeasureScale scale) {
      throw new UnsupportedOperationException("no measure indicators in the sample sets: " + id);
    }

    @Override
    public Rating visitNumeric(NumericScale scale) {
      throw new UnsupportedOperationException("no numeric indicators in the sample sets: " + id);
    }
  }
}
