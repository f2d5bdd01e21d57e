package io.github.assessmentkit.examples;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.CqaHistoryRules;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Four fiscal years, 2563 to 2566, of the sample cooperative's governance self-assessment: the
 * first three on the shipped set {@code coop-governance@2025.1}, the last on a made-up next version
 * {@code 2026.1} in which indicator G3.2 (board resolutions recorded and open to members) is split
 * into G3.2a (recorded in writing) and G3.2b (open to members), weight 1 each. Every answer is a
 * full "yes" or level 4 except those listed per year:
 *
 * <ul>
 *   <li>2563: G1.2 = 2, G1.5 = 2, G4.1 = 2, G4.2 = 2, G6.1 = 2, G6.2 = 2, G6.4 = 2;
 *   <li>2564: G6.1 = 3, G6.2 = 3, G6.4 = 2 (the plaque is won);
 *   <li>2565: G2.3 = no (a fraud finding), G4.1 = 2, G6.2 = 3, G6.4 = 3 (the plaque is lost);
 *   <li>2566: G3.2b = 2 (the plaque is regained).
 * </ul>
 *
 * <p>The records a later section of the demo needs (an action plan written after year two, results
 * from KPI series) can be added here beside the assessments.
 */
final class SampleYears {
  /** The first fiscal year. */
  static final int FIRST = 2563;

  /** The answers that are not full, per year. */
  private static final Map<Integer, String> LESS = new LinkedHashMap<>();

  static {
    LESS.put(2563, "G1.2=2 G1.5=2 G4.1=2 G4.2=2 G6.1=2 G6.2=2 G6.4=2");
    LESS.put(2564, "G6.1=3 G6.2=3 G6.4=2");
    LESS.put(2565, "G2.3=no G4.1=2 G6.2=3 G6.4=3");
    LESS.put(2566, "G3.2b=2");
  }

  /** Indicators answered yes / partial / no; the rest are on levels 0–4. */
  private static final List<String> YES_NO =
      List.of(
          "G1.1", "G1.3", "G1.4", "G2.1", "G2.3", "G2.5", "G3.1", "G3.4", "G3.5", "G4.4", "G6.3",
          "G6.6");

  final Rubric older = GovernanceCriteria.rubric();
  final Rubric newer = nextVersion(older);
  final MigrationMapping mapping =
      MigrationMapping.between(older.ref(), newer.ref()).split("G3.2", "G3.2a", "G3.2b").build();
  final HistoryRules rules = CqaHistoryRules.governance();
  final List<Assessment> assessments =
      List.of(
          assessment(2563, older),
          assessment(2564, older),
          assessment(2565, older),
          assessment(2566, newer));

  /**
   * The made-up next version of the governance set: G3.2 split in two, weight 1 each, so that G3
   * keeps its weights' sum of 12.
   *
   * @param governance the shipped set
   * @return {@code coop-governance@2026.1}
   */
  static Rubric nextVersion(Rubric governance) {
    Indicator old = governance.indicator("G3.2").orElseThrow();
    return Rubric.from(governance)
        .version("2026.1")
        .remove("G3.2")
        .add(
            "G3",
            leaf(
                "G3.2a",
                Text.of(
                    "บันทึกมติคณะกรรมการดำเนินการเป็นลายลักษณ์อักษร",
                    "Board resolutions are recorded in writing."),
                old))
        .add(
            "G3",
            leaf(
                "G3.2b",
                Text.of(
                    "สมาชิกขอดูมติคณะกรรมการดำเนินการได้ตามระเบียบ",
                    "Members can inspect board resolutions as the rules allow."),
                old))
        .build();
  }

  private static Criterion leaf(String id, Text question, Indicator like) {
    return Criterion.builder(id, question)
        .kind(CriterionKind.CHECKLIST)
        .weight(1)
        .indicator(Indicator.of(id, question, like.scale()))
        .build();
  }

  private static Assessment assessment(int be, Rubric rubric) {
    Map<String, String> less = new LinkedHashMap<>();
    for (String answer : LESS.get(be).split(" ")) {
      String[] pair = answer.split("=");
      less.put(pair[0], pair[1]);
    }
    AssessmentBuilder b =
        Assessment.builder(
                SampleCooperative.SUBJECT.id() + "-governance-" + be,
                SampleCooperative.SUBJECT,
                rubric.ref(),
                FiscalYear.ofBuddhistEra(be))
            .kind(AssessmentKind.SELF);
    rubric
        .indicators()
        .forEach(
            i -> {
              String full = YES_NO.contains(i.id()) ? "yes" : "4";
              b.rating(Rating.choice(i.id(), less.getOrDefault(i.id(), full)));
            });
    return b.build();
  }

  /** {@return the four years read as one history, the version change bridged by the mapping} */
  History history() {
    return History.builder(rules)
        .rubric(older)
        .rubric(newer)
        .correspondence(mapping.correspondence(older, newer))
        .assessments(assessments)
        .build();
  }
}
