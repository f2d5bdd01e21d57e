package io.github.assessmentkit.benchmarks;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
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
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rubric and an assessment of realistic size, built in code, for benchmarks and for any test that
 * needs a full-sized input.
 *
 * <p>The rubric has the shape and point values of the CQA set (seven categories, seventeen items,
 * 1000 points: 115 / 90 / 85 / 90 / 85 / 85 / 450). Every item holds two leaves:
 *
 * <ul>
 *   <li>{@code <item>-band}, weight 3: one band-scale indicator with the item's id (ADLI for
 *       categories 1 to 6, LeTCI for category 7), scored by the default holistic-band strategy;
 *   <li>{@code <item>-practice}, weight 1: four yes/partial/no indicators and one maturity level (0
 *       to 4), named {@code <item>.p1} to {@code <item>.p5}, scored with a points-sum override.
 * </ul>
 *
 * <p>So the examiner's band judgement carries three quarters of each item's points and the practice
 * checklist one quarter; 17 x 6 = 102 indicators and 58 criteria in all. The rubric also carries
 * the eight overall scoring bands as a ladder and the TQA award ladder (TQC, TQC Plus with its four
 * themes, TQA, TQA Global Excellence) as an award scheme. The numbers are those of the domain
 * notes; the descriptors are short placeholders, and the provenance says so.
 *
 * <p>The assessment rates every indicator, deterministically (the same values on every call), and
 * cites one piece of evidence per item.
 *
 * <pre>{@code
 * Rubric rubric = Fixtures.cqaSizedRubric();
 * Assessment assessment = Fixtures.cqaSizedAssessment(rubric);
 * Scorecard card = Scorer.standard().score(rubric, assessment);
 * }</pre>
 *
 * <p>Thread-safe: every call builds new immutable values.
 */
public final class Fixtures {
  /** Item id to points, in rubric order (the CQA point values). */
  private static final Map<String, Integer> ITEMS = items();

  private Fixtures() {}

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

  /**
   * Builds the CQA-sized rubric {@code cqa-sized@1} described above.
   *
   * @return the rubric
   */
  public static Rubric cqaSizedRubric() {
    BandScale adli = bands("ADLI", "A", "D", "L", "I");
    BandScale letci = bands("LeTCI", "Le", "T", "C", "I");
    LevelScale maturity = maturity();
    RubricBuilder b =
        Rubric.builder("cqa-sized", "1")
            .title(
                Text.of("เกณฑ์ขนาดเท่า CQA สำหรับวัดความเร็ว", "CQA-sized rubric for benchmarks"))
            .provenance(
                Provenance.unverified(
                    Text.en("CQA point values as given in docs/sources.md"),
                    Text.en("shape and points only; descriptors are placeholders")))
            .edition("benchmark")
            .defaultStrategy(Strategies.HOLISTIC_BAND);
    for (int category = 1; category <= 7; category++) {
      String id = String.valueOf(category);
      boolean results = category == 7;
      CriterionBuilder c =
          Criterion.builder(id, Text.en("Category " + id))
              .kind(results ? CriterionKind.RESULTS : CriterionKind.PROCESS);
      int total = 0;
      for (Map.Entry<String, Integer> item : ITEMS.entrySet()) {
        if (item.getKey().startsWith(id + ".")) {
          total += item.getValue();
          c.child(item(item.getKey(), item.getValue(), results ? letci : adli, maturity));
        }
      }
      b.criterion(c.points(total).build());
    }
    return b.ladder(overallBands()).award(tqa()).build();
  }

  private static Criterion item(String id, int points, BandScale scale, LevelScale maturity) {
    CriterionBuilder practice =
        Criterion.builder(id + "-practice", Text.en("Item " + id + ": practices in place"))
            .kind(CriterionKind.CHECKLIST)
            .weight(1)
            .strategy(Strategies.POINTS_SUM);
    for (int p = 1; p <= 4; p++) {
      practice.indicator(
          Indicator.of(
              id + ".p" + p,
              Text.en("Practice " + p + " of item " + id),
              YesPartialNoScale.STANDARD));
    }
    practice.indicator(
        Indicator.of(id + ".p5", Text.en("Maturity of item " + id + "'s process"), maturity));
    return Criterion.builder(id, Text.en("Item " + id))
        .points(points)
        .child(
            Criterion.builder(id + "-band", Text.en("Item " + id + ": examiner's band"))
                .weight(3)
                .indicator(Indicator.of(id, Text.en("How well does item " + id + " work?"), scale))
                .build())
        .child(practice.build())
        .build();
  }

  private static BandScale bands(String name, String... dimensions) {
    List<Dimension> dims = new ArrayList<>();
    for (String d : dimensions) {
      dims.add(new Dimension(d, Text.en(d)));
    }
    int[][] steps = {
      {0, 5}, {10, 15, 20, 25}, {30, 35, 40, 45}, {50, 55, 60, 65}, {70, 75, 80, 85}, {90, 95, 100}
    };
    List<Band> list = new ArrayList<>();
    for (int n = 1; n <= steps.length; n++) {
      List<Integer> percents = new ArrayList<>();
      for (int p : steps[n - 1]) {
        percents.add(p);
      }
      Map<String, Text> descriptors = new LinkedHashMap<>();
      for (String d : dimensions) {
        descriptors.put(d, Text.en(d + " at band " + n));
      }
      list.add(new Band(n, percents, Text.en(name + " band " + n), descriptors));
    }
    return new BandScale(Text.en(name), dims, list);
  }

  private static LevelScale maturity() {
    List<Level> levels = new ArrayList<>();
    for (int n = 0; n <= 4; n++) {
      levels.add(new Level(String.valueOf(n), Text.en("level " + n), null));
    }
    return new LevelScale(Text.en("maturity 0 to 4"), levels);
  }

  private static Ladder overallBands() {
    int[] bounds = {875, 775, 675, 575, 475, 375, 275};
    List<Rung> rungs = new ArrayList<>();
    for (int i = 0; i < bounds.length; i++) {
      String n = String.valueOf(8 - i);
      rungs.add(Rung.above(n, Text.en("Band " + n), bounds[i]));
    }
    rungs.add(Rung.bottom("1", Text.en("Band 1")));
    return new Ladder(
        "overall-band",
        Text.of("ช่วงคะแนนรวม", "Overall scoring band"),
        Metric.totalPoints(),
        rungs,
        Provenance.unverified(
            Text.en("Baldrige overall scoring bands"), Text.en("recalled, not checked")));
  }

  private static AwardScheme tqa() {
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
                    Condition.anyOf(
                        theme("3", "7.2"), theme("5", "7.3"), theme("6", "7.1"), innovation))),
            new AwardTier("tqc", Text.en("TQC"), Condition.above(Metric.totalPoints(), 350))),
        Provenance.verified(
            Text.en("tqa.or.th, award types"), Text.en("tiers and thresholds as published")));
  }

  private static Condition theme(String category, String item) {
    return Condition.allOf(
        Condition.atLeast(Metric.percent(category), 50),
        Condition.atLeast(Metric.percent(item), 50));
  }

  /**
   * Builds an assessment of the CQA-sized rubric that rates every indicator: the n-th item's band
   * at one of 35, 40, ..., 75 % in turn, the practices yes / partial / yes / no, maturity levels 0
   * to 4 in turn; each band rating cites the item's evidence.
   *
   * @param rubric the rubric from {@link #cqaSizedRubric()}
   * @return the assessment, equal on every call
   */
  public static Assessment cqaSizedAssessment(Rubric rubric) {
    AssessmentBuilder a =
        Assessment.builder(
                "cqa-sized-self-2566",
                new Subject(
                    "bench-coop",
                    Text.of("สหกรณ์ออมทรัพย์ตัวอย่าง", "Sample savings cooperative"),
                    OrganisationType.SAVINGS,
                    "Loei"),
                rubric.ref(),
                FiscalYear.ofBuddhistEra(2566))
            .kind(AssessmentKind.SELF);
    String[] practices = {
      YesPartialNoScale.YES, YesPartialNoScale.PARTIAL, YesPartialNoScale.YES, YesPartialNoScale.NO
    };
    int n = 0;
    for (String item : ITEMS.keySet()) {
      String evidence = "ev-" + item;
      a.evidence(Evidence.of(evidence, EvidenceKind.DOCUMENT, "Evidence for item " + item));
      a.rating(Rating.of(item, 35 + 5L * (n % 9)).withEvidence(evidence));
      for (int p = 1; p <= 4; p++) {
        a.rating(Rating.choice(item + ".p" + p, practices[(n + p) % practices.length]));
      }
      a.rating(Rating.choice(item + ".p5", String.valueOf(n % 5)));
      n++;
    }
    return a.build();
  }
}
