package io.github.assessmentkit.testing;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic rubric shaped like the CQA set: the seven categories and seventeen items with the
 * point values docs/sources.md gives for the CQA set (1000 in all), one band-scale indicator per
 * item named like the item, scored holistically; the overall scoring bands as a ladder; and the TQA
 * award ladder (TQC, TQC Plus with its four themes, TQA, TQA Global Excellence) as an award scheme.
 */
public final class CqaShaped {
  /** Item id to points, in rubric order. */
  public static final Map<String, Integer> ITEMS = items();

  private CqaShaped() {}

  private static Map<String, Integer> items() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("1.1", 65);
    m.put("1.2", 50);
    m.put("2.1", 45);
    m.put("2.2", 45);
    m.put("3.1", 40);
    m.put("3.2", 45);
    m.put("4.1", 45);
    m.put("4.2", 45);
    m.put("5.1", 40);
    m.put("5.2", 45);
    m.put("6.1", 40);
    m.put("6.2", 45);
    m.put("7.1", 120);
    m.put("7.2", 80);
    m.put("7.3", 80);
    m.put("7.4", 80);
    m.put("7.5", 90);
    return m;
  }

  /** {@return the rubric, with ladder "overall-band" and award scheme "tqa"} */
  public static Rubric rubric() {
    RubricBuilder b =
        Rubric.builder("cqa-shaped", "1")
            .title(Text.of("เกณฑ์ทดสอบรูปแบบ CQA", "CQA-shaped test rubric"))
            .provenance(
                Provenance.unverified(
                    Text.en("docs/sources.md, CQA"), Text.en("point values only; made for tests")))
            .defaultStrategy(Strategies.HOLISTIC_BAND);
    for (int category = 1; category <= 7; category++) {
      String id = String.valueOf(category);
      CriterionBuilder c =
          Criterion.builder(id, Text.en("Category " + id))
              .kind(category == 7 ? CriterionKind.RESULTS : CriterionKind.PROCESS);
      int total = 0;
      for (Map.Entry<String, Integer> item : ITEMS.entrySet()) {
        if (item.getKey().startsWith(id + ".")) {
          total += item.getValue();
          c.child(
              item.getKey(),
              Text.en("Item " + item.getKey()),
              i ->
                  i.points(item.getValue())
                      .indicator(
                          Indicator.of(
                              item.getKey(),
                              Text.en("How well does item " + item.getKey() + " work?"),
                              MiniRubrics.bands())));
        }
      }
      b.criterion(c.points(total).build());
    }
    return b.ladder(overallBands()).award(tqa()).build();
  }

  /** {@return the eight overall scoring bands on total points (recalled, not verified)} */
  public static Ladder overallBands() {
    return new Ladder(
        "overall-band",
        Text.of("ช่วงคะแนนรวม", "Overall scoring band"),
        Metric.totalPoints(),
        List.of(
            Rung.above("8", Text.en("Band 8"), 875),
            Rung.above("7", Text.en("Band 7"), 775),
            Rung.above("6", Text.en("Band 6"), 675),
            Rung.above("5", Text.en("Band 5"), 575),
            Rung.above("4", Text.en("Band 4"), 475),
            Rung.above("3", Text.en("Band 3"), 375),
            Rung.above("2", Text.en("Band 2"), 275),
            Rung.bottom("1", Text.en("Band 1"))),
        Provenance.unverified(
            Text.en("Baldrige overall scoring bands"), Text.en("recalled, not checked")));
  }

  /** {@return the TQA award ladder, highest tier first (verified against tqa.or.th)} */
  public static AwardScheme tqa() {
    Condition customer = both("3", "7.2");
    Condition people = both("5", "7.3");
    Condition operation = both("6", "7.1");
    Condition innovation =
        Condition.allOf(
            Condition.atLeast(Metric.percent("6.1"), 50),
            Condition.atLeast(Metric.percent("2"), 50),
            Condition.atLeast(Metric.percent("7.1"), 50));
    return new AwardScheme(
        "tqa",
        Text.of("รางวัลคุณภาพแห่งชาติ", "Thailand Quality Award"),
        List.of(
            new AwardTier(
                "tqa-global",
                Text.en("TQA Global Excellence"),
                Condition.above(Metric.totalPoints(), 750)),
            new AwardTier("tqa", Text.en("TQA"), Condition.above(Metric.totalPoints(), 650)),
            new AwardTier(
                "tqc-plus",
                Text.en("TQC Plus"),
                Condition.allOf(
                    Condition.above(Metric.totalPoints(), 450),
                    Condition.atLeast(Metric.percent("1"), 50),
                    Condition.anyOf(customer, people, operation, innovation))),
            new AwardTier("tqc", Text.en("TQC"), Condition.above(Metric.totalPoints(), 350))),
        Provenance.verified(
            Text.en("tqa.or.th, award types"), Text.en("tiers and thresholds as published")));
  }

  private static Condition both(String category, String item) {
    return Condition.allOf(
        Condition.atLeast(Metric.percent(category), 50),
        Condition.atLeast(Metric.percent(item), 50));
  }

  /**
   * Rates every item at one percentage, except those given.
   *
   * @param rubric the rubric
   * @param percent the percentage for every other item
   * @param except item id to percentage
   * @return the assessment
   */
  public static Assessment ratedAt(Rubric rubric, int percent, Map<String, Integer> except) {
    AssessmentBuilder a = MiniRubrics.assessmentOf(rubric);
    for (String item : ITEMS.keySet()) {
      a.rating(Rating.of(item, except.getOrDefault(item, percent)));
    }
    return a.build();
  }
}
