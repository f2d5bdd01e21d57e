package io.github.assessmentkit.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Comparison;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The words of a results suggestion, in Thai and English: the evidence of each LeTCI dimension,
 * what the next band needs, and the summary, with singular and plural counts.
 */
class ResultSuggestionWordingTest {
  private final Rubric rubric = PlanRubrics.fourItems();

  private static Measure measure(
      String id, Direction direction, @Nullable String target, int firstYear, String... values) {
    List<Observation> series = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      series.add(
          new Observation(FiscalYear.ofBuddhistEra(firstYear + i), new BigDecimal(values[i])));
    }
    return new Measure(
        id, Text.en(id), "%", direction, target == null ? null : new BigDecimal(target), series);
  }

  private ResultSuggestion suggestionFor(Measure... measures) {
    var builder = PlanRubrics.in(rubric, 2566);
    for (Measure m : measures) {
      builder.measure(m);
    }
    Assessment assessment = builder.build();
    return ResultsSuggester.suggest(rubric, assessment, "2.1").orElseThrow();
  }

  // One measure of one point, without target, comparison or link: no dimension has any
  // evidence, so every dimension is at band 1 and the suggestion is band 1, 0 %.
  private ResultSuggestion bare() {
    return suggestionFor(
        measure("loans", Direction.HIGHER_IS_BETTER, null, 2566, "5").backing("2.1"));
  }

  // members (higher is better), target 100: 90 then 101 → at target, 1 period of improvement in
  //   2 points; province 100 reached (1 of 1); linked to growth and service.
  // costs (lower is better), target 10: 12 → short of target, 0 periods in 1 point; no
  //   comparison; linked to cost-control.
  private ResultSuggestion mixed() {
    return suggestionFor(
        measure("members", Direction.HIGHER_IS_BETTER, "100", 2565, "90", "101")
            .withComparisons(new Comparison("province", Text.en("province"), new BigDecimal("100")))
            .backing("2.1")
            .linkedTo("growth", "service"),
        measure("costs", Direction.LOWER_IS_BETTER, "10", 2566, "12")
            .backing("2.1")
            .linkedTo("cost-control"));
  }

  @Test
  void a_single_bare_measure_is_told_in_the_singular_and_says_what_is_absent() {
    // when
    ResultSuggestion s = bare();

    // then n = 1: no good and no strong measure in any dimension → band(0, 0, 1) = 1 each; the
    // best fit of 1, 1, 1, 1 is 1, whose lowest percent is 0
    assertThat(s.band()).isEqualTo(1);
    assertThat(s.percent()).isZero();
    assertThat(s.summary())
        .isEqualTo(
            Text.of(
                "2.1: เสนอช่วงคะแนนที่ 1 (ร้อยละ 0): Le 1, T 1, C 1, I 1",
                "2.1: band 1 suggested (0 %): Le 1, T 1, C 1, I 1"));
    assertThat(s.dimension(LetciDimension.LEVELS).evidence())
        .isEqualTo(
            Text.of(
                "0 จาก 1 ตัวชี้วัดถึงหรือดีกว่าเป้าหมาย 0 ตัวถึงเป้าหมายและถึงหรือดีกว่าค่าเปรียบเทียบทุกค่า"
                    + " (loans 5 ไม่มีเป้าหมาย)",
                "0 of 1 measure at or beyond its target, 0 at or beyond its target and every"
                    + " comparison (loans 5, no target)"));
    assertThat(s.dimension(LetciDimension.TRENDS).evidence())
        .isEqualTo(
            Text.of(
                "0 จาก 1 ตัวชี้วัดดีขึ้นต่อเนื่อง 2 ช่วงล่าสุด (อย่างน้อย 3 จุดข้อมูล) 0 ตัวดีขึ้นต่อเนื่อง 4"
                    + " ช่วงล่าสุด (อย่างน้อย 5 จุดข้อมูล) (loans ดีขึ้นต่อเนื่อง 0 ช่วง จาก 1 จุด)",
                "0 of 1 measure improving over the last 2 periods (at least 3 points), 0 improving"
                    + " over the last 4 periods (at least five points) (loans 0 periods of"
                    + " improvement in 1 point)"));
    assertThat(s.dimension(LetciDimension.COMPARISONS).evidence())
        .isEqualTo(
            Text.of(
                "0 จาก 1 ตัวชี้วัดถึงหรือดีกว่าค่าเปรียบเทียบอย่างน้อยหนึ่งค่า 0"
                    + " ตัวถึงหรือดีกว่าค่าเปรียบเทียบทุกค่า (loans ถึงหรือดีกว่า 0 จาก 0 ค่าเปรียบเทียบ)",
                "0 of 1 measure at or beyond at least one comparison, 0 at or beyond every"
                    + " comparison (loans at or beyond 0 of 0 comparisons)"));
    assertThat(s.dimension(LetciDimension.INTEGRATION).evidence())
        .isEqualTo(
            Text.of(
                "0 จาก 1 ตัวชี้วัดเชื่อมโยงกับความต้องการหลักของสหกรณ์ 0"
                    + " ตัวเชื่อมโยงกับความต้องการหลักและมีข้อมูลอย่างน้อย 3 จุดสำหรับคาดการณ์ (loans"
                    + " ไม่ได้เชื่อมโยงกับความต้องการหลัก)",
                "0 of 1 measure linked to a key requirement, 0 linked to a key requirement with at"
                    + " least 3 points to project from (loans not linked to a key requirement)"));
  }

  @Test
  void from_band_1_each_dimension_needs_one_good_measure_and_none_supports_band_2() {
    // when
    ResultSuggestion s = bare();

    // then band 2 needs 3 dimensions at 2; none is; each is short of 1 − 0 = 1 good measure
    assertThat(s.missing())
        .isEqualTo(
            Text.of(
                "ช่วงคะแนนที่ 2 ต้องมีอย่างน้อย 3 ใน 4 มิติถึงช่วงคะแนนที่ 2 ขณะนี้มี 0 มิติ"
                    + "; ระดับผลการดำเนินงาน: ช่วงคะแนนที่ 2 ต้องมีตัวชี้วัดที่ถึงหรือดีกว่าเป้าหมาย เพิ่มอีก 1 ตัว"
                    + "; แนวโน้ม: ช่วงคะแนนที่ 2 ต้องมีตัวชี้วัดที่ดีขึ้นต่อเนื่อง 2 ช่วงล่าสุด (อย่างน้อย 3"
                    + " จุดข้อมูล) เพิ่มอีก 1 ตัว"
                    + "; การเปรียบเทียบ: ช่วงคะแนนที่ 2"
                    + " ต้องมีตัวชี้วัดที่ถึงหรือดีกว่าค่าเปรียบเทียบอย่างน้อยหนึ่งค่า เพิ่มอีก 1 ตัว"
                    + "; การบูรณาการ: ช่วงคะแนนที่ 2 ต้องมีตัวชี้วัดที่เชื่อมโยงกับความต้องการหลักของสหกรณ์"
                    + " เพิ่มอีก 1 ตัว",
                "band 2 needs 3 of the 4 dimensions at band 2 or above; 0 are"
                    + "; Levels: band 2 needs 1 more measure at or beyond its target"
                    + "; Trends: band 2 needs 1 more measure improving over the last 2 periods"
                    + " (at least 3 points)"
                    + "; Comparisons: band 2 needs 1 more measure at or beyond at least one"
                    + " comparison"
                    + "; Integration: band 2 needs 1 more measure linked to a key requirement"));
  }

  @Test
  void two_measures_give_each_dimension_its_own_evidence_in_both_languages() {
    // when
    ResultSuggestion s = mixed();

    // then, of n = 2:
    // Levels: good = members (101 ≥ 100); strong = members (also ≥ province 100) → 1, 1:
    //   2·1 > 2 no, 2·1 ≥ 2 → band 3
    // Trends: no measure has 3 points → good 0, strong 0 → band 1
    // Comparisons: good = strong = members (1 of 1) → band 3
    // Integration: both linked → good 2; neither has 3 points → strong 0: 2·2 > 2 → band 4
    // best fit of 1, 3, 3, 4 is the second lowest, 3, whose lowest percent is 30
    assertThat(s.dimensions()).extracting(DimensionEvidence::band).containsExactly(3, 1, 3, 4);
    assertThat(s.summary())
        .isEqualTo(
            Text.of(
                "2.1: เสนอช่วงคะแนนที่ 3 (ร้อยละ 30): Le 3, T 1, C 3, I 4",
                "2.1: band 3 suggested (30 %): Le 3, T 1, C 3, I 4"));
    assertThat(s.dimension(LetciDimension.LEVELS).evidence())
        .isEqualTo(
            Text.of(
                "1 จาก 2 ตัวชี้วัดถึงหรือดีกว่าเป้าหมาย 1 ตัวถึงเป้าหมายและถึงหรือดีกว่าค่าเปรียบเทียบทุกค่า"
                    + " (members 101 เป้าหมาย 100; costs 12 เป้าหมาย 10)",
                "1 of 2 measures at or beyond its target, 1 at or beyond its target and every"
                    + " comparison (members 101, target 100; costs 12, target 10)"));
    assertThat(s.dimension(LetciDimension.TRENDS).evidence())
        .isEqualTo(
            Text.of(
                "0 จาก 2 ตัวชี้วัดดีขึ้นต่อเนื่อง 2 ช่วงล่าสุด (อย่างน้อย 3 จุดข้อมูล) 0 ตัวดีขึ้นต่อเนื่อง 4"
                    + " ช่วงล่าสุด (อย่างน้อย 5 จุดข้อมูล) (members ดีขึ้นต่อเนื่อง 1 ช่วง จาก 2 จุด; costs"
                    + " ดีขึ้นต่อเนื่อง 0 ช่วง จาก 1 จุด)",
                "0 of 2 measures improving over the last 2 periods (at least 3 points), 0 improving"
                    + " over the last 4 periods (at least five points) (members 1 period of"
                    + " improvement in 2 points; costs 0 periods of improvement in 1 point)"));
    assertThat(s.dimension(LetciDimension.COMPARISONS).evidence())
        .isEqualTo(
            Text.of(
                "1 จาก 2 ตัวชี้วัดถึงหรือดีกว่าค่าเปรียบเทียบอย่างน้อยหนึ่งค่า 1"
                    + " ตัวถึงหรือดีกว่าค่าเปรียบเทียบทุกค่า (members ถึงหรือดีกว่า 1 จาก 1 ค่าเปรียบเทียบ;"
                    + " costs ถึงหรือดีกว่า 0 จาก 0 ค่าเปรียบเทียบ)",
                "1 of 2 measures at or beyond at least one comparison, 1 at or beyond every"
                    + " comparison (members at or beyond 1 of 1 comparison; costs at or beyond 0 of"
                    + " 0 comparisons)"));
    assertThat(s.dimension(LetciDimension.INTEGRATION).evidence())
        .isEqualTo(
            Text.of(
                "2 จาก 2 ตัวชี้วัดเชื่อมโยงกับความต้องการหลักของสหกรณ์ 0"
                    + " ตัวเชื่อมโยงกับความต้องการหลักและมีข้อมูลอย่างน้อย 3 จุดสำหรับคาดการณ์ (members"
                    + " เชื่อมโยงกับ growth, service; costs เชื่อมโยงกับ cost-control)",
                "2 of 2 measures linked to a key requirement, 0 linked to a key requirement with at"
                    + " least 3 points to project from (members linked to growth, service; costs"
                    + " linked to cost-control)"));
  }

  @Test
  void what_band_4_needs_names_the_three_dimensions_below_it_and_counts_the_one_above() {
    // when
    ResultSuggestion s = mixed();

    // then band 4 needs 3 dimensions at 4; Integration (4) is the one. Short of the next band,
    // n = 2: Levels at 3 needs 2 / 2 + 1 − 1 = 1 good; Trends at 1 needs 1 − 0 = 1 good;
    // Comparisons at 3 needs 2 / 2 + 1 − 1 = 1 good
    assertThat(s.missing())
        .isEqualTo(
            Text.of(
                "ช่วงคะแนนที่ 4 ต้องมีอย่างน้อย 3 ใน 4 มิติถึงช่วงคะแนนที่ 4 ขณะนี้มี 1 มิติ"
                    + "; ระดับผลการดำเนินงาน: ช่วงคะแนนที่ 4 ต้องมีตัวชี้วัดที่ถึงหรือดีกว่าเป้าหมาย เพิ่มอีก 1 ตัว"
                    + "; แนวโน้ม: ช่วงคะแนนที่ 2 ต้องมีตัวชี้วัดที่ดีขึ้นต่อเนื่อง 2 ช่วงล่าสุด (อย่างน้อย 3"
                    + " จุดข้อมูล) เพิ่มอีก 1 ตัว"
                    + "; การเปรียบเทียบ: ช่วงคะแนนที่ 4"
                    + " ต้องมีตัวชี้วัดที่ถึงหรือดีกว่าค่าเปรียบเทียบอย่างน้อยหนึ่งค่า เพิ่มอีก 1 ตัว",
                "band 4 needs 3 of the 4 dimensions at band 4 or above; 1 is"
                    + "; Levels: band 4 needs 1 more measure at or beyond its target"
                    + "; Trends: band 2 needs 1 more measure improving over the last 2 periods"
                    + " (at least 3 points)"
                    + "; Comparisons: band 4 needs 1 more measure at or beyond at least one"
                    + " comparison"));
    // Integration at 4 needs 2 / 2 + 1 − 0 = 2 strong measures for band 5
    assertThat(s.dimension(LetciDimension.INTEGRATION).toNext())
        .isEqualTo(
            Text.of(
                "การบูรณาการ: ช่วงคะแนนที่ 5"
                    + " ต้องมีตัวชี้วัดที่เชื่อมโยงกับความต้องการหลักและมีข้อมูลอย่างน้อย 3 จุดสำหรับคาดการณ์"
                    + " เพิ่มอีก 2 ตัว",
                "Integration: band 5 needs 2 more measures linked to a key requirement with at least"
                    + " 3 points to project from"));
  }
}
