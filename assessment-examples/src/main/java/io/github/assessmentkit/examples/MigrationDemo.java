package io.github.assessmentkit.examples;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.migration.Migration;
import io.github.assessmentkit.migration.MigrationEntry;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationResult;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ScoreWarning;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The CQA set gets a new version in which item 6.1 (work processes, 40 points) is split into two
 * items of 20 points, one for the design of work processes and one for their management; the diff
 * of the two versions is listed, last year's self-assessment of the sample savings cooperative is
 * carried to the new version by a declared mapping, and it is scored under it with the migration
 * report in its warnings. Printed in Thai and English.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo
 * -Ddemo.mainClass=io.github.assessmentkit.examples.MigrationDemo -pl assessment-examples -am
 * package -DskipTests}.
 */
public final class MigrationDemo {
  private MigrationDemo() {}

  /**
   * Prints the demo to standard output, in UTF-8 so the Thai text reads right on any console.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * The made-up next version of the CQA set: item 6.1 becomes a parent of two items of 20 points,
   * 6.1a and 6.1b, each rated on the item's band scale; nothing else changes.
   *
   * @param cqa the shipped set
   * @return the new version, {@code cqa@2026.1}
   */
  static Rubric nextVersion(Rubric cqa) {
    Indicator old = cqa.indicator("6.1").orElseThrow();
    return Rubric.from(cqa)
        .version("2026.1")
        .removeIndicator("6.1")
        .add(
            "6.1",
            item(
                "6.1a",
                Text.of("การออกแบบกระบวนการทำงาน", "Design of work processes"),
                Text.of(
                    "สหกรณ์ออกแบบกระบวนการทำงานหลักให้ตรงกับความต้องการของสมาชิกอย่างไร",
                    "How does the cooperative design its key work processes to meet members'"
                        + " requirements?"),
                old))
        .add(
            "6.1",
            item(
                "6.1b",
                Text.of("การจัดการกระบวนการทำงาน", "Management of work processes"),
                Text.of(
                    "สหกรณ์ควบคุมและปรับปรุงกระบวนการทำงานหลักอย่างไร",
                    "How does the cooperative control and improve its key work processes?"),
                old))
        .build();
  }

  private static Criterion item(String id, Text title, Text question, Indicator like) {
    return Criterion.builder(id, title)
        .kind(CriterionKind.PROCESS)
        .points(20)
        .indicator(Indicator.of(id, question, like.scale()))
        .build();
  }

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    Rubric v1 = CqaCriteria.rubric();
    Rubric v2 = nextVersion(v1);
    Assessment lastYear = SampleCooperative.cqa(v1);

    RubricDiff diff = RubricDiff.between(v1, v2);
    out.print(diff.toText(Language.TH));
    out.print(diff.toText(Language.EN));
    out.println();

    MigrationMapping mapping =
        MigrationMapping.between(v1.ref(), v2.ref()).split("6.1", "6.1a", "6.1b").build();
    MigrationResult carried = Migration.migrate(v1, v2, lastYear, mapping);
    out.println("รายงานการยกคะแนน / Migration report (" + v1.ref() + " → " + v2.ref() + "):");
    for (MigrationEntry e : carried.report().entries()) {
      if (e.fromIds().size() == 1 && e.fromIds().get(0).equals(e.toId())) {
        continue; // kept as it was: listed below by count
      }
      out.println(
          "  "
              + e.outcome()
              + " "
              + String.join(", ", e.fromIds())
              + " → "
              + (e.toId() == null ? "—" : e.toId())
              + ": "
              + both(e.reason()));
    }
    long kept =
        carried.report().entries().stream()
            .filter(e -> e.fromIds().size() == 1 && e.fromIds().get(0).equals(e.toId()))
            .count();
    out.println("  ยกมาตามเดิม / carried as they were: " + kept);
    out.println();

    Scorer scorer = Scorer.standard();
    Scorecard before = scorer.score(v1, lastYear);
    Scorecard after = carried.score(scorer, v2);
    out.println(line(v1.ref().toString(), before));
    out.println(line(v2.ref().toString(), after));
    out.println(
        "  6.1: "
            + before.root().find("6.1").orElseThrow().earned().toPlainString()
            + " → "
            + after.root().find("6.1").orElseThrow().children().stream()
                .map(n -> n.id() + " " + n.earned().toPlainString())
                .collect(Collectors.joining(" + ")));
    out.println("คำเตือน / Warnings:");
    for (ScoreWarning w : after.warnings()) {
      out.println("  " + w.code() + " " + w.path() + ": " + both(w.message()));
    }
  }

  private static String line(String rubric, Scorecard card) {
    AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    return rubric
        + ": "
        + card.total().toPlainString()
        + " คะแนน / points, "
        + both(award.outcome());
  }

  private static String both(Text text) {
    return text.get(Language.TH) + " / " + text.get(Language.EN);
  }
}
