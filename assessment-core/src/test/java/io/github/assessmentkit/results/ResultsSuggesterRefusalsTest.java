package io.github.assessmentkit.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.testing.PlanRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the results suggester and its values refuse, and the words they refuse it with. */
class ResultsSuggesterRefusalsTest {

  private static DimensionEvidence evidence(LetciDimension d) {
    return new DimensionEvidence(d, 4, 2, 1, 3, Text.en("evidence"), null);
  }

  private static List<DimensionEvidence> fourInOrder() {
    List<DimensionEvidence> all = new ArrayList<>();
    for (LetciDimension d : LetciDimension.values()) {
      all.add(evidence(d));
    }
    return all;
  }

  @Test
  void an_indicator_the_rubric_does_not_have_is_refused() {
    Rubric rubric = PlanRubrics.fourItems();
    Assessment assessment = PlanRubrics.in(rubric, 2566).build();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ResultsSuggester.suggest(rubric, assessment, "7.9a"))
        .withMessage("the rubric has no indicator 7.9a")
        .satisfies(
            e -> assertThat(e.getMessage(Language.TH)).isEqualTo("เกณฑ์ไม่มีตัวชี้วัด 7.9a"));
  }

  @Test
  void an_indicator_not_on_a_band_scale_is_refused_by_name_and_skipped_in_the_whole_rubric() {
    // given a checklist of yes/partial/no indicators
    Rubric checklist = MiniRubrics.checklist();
    Assessment assessment = MiniRubrics.assessmentOf(checklist).build();

    // when / then
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ResultsSuggester.suggest(checklist, assessment, "G1.1"))
        .withMessage(
            "indicator G1.1 is not on a band scale, so no LeTCI band can be suggested for it")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo(
                        "ตัวชี้วัด G1.1 ไม่ได้ใช้มาตรวัดแบบช่วงคะแนน จึงเสนอช่วงคะแนน LeTCI ไม่ได้"));
    assertThat(ResultsSuggester.suggest(checklist, assessment)).isEmpty();
  }

  @Test
  void dimension_counts_that_do_not_fit_are_refused_with_the_counts() {
    // strong 3 > good 2
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> new DimensionEvidence(LetciDimension.TRENDS, 2, 2, 3, 4, Text.en("e"), null))
        .withMessage(
            "the counts of dimension T: band 2, 2 good, 3 strong, of 4 do not fit"
                + " (0 ≤ strong ≤ good ≤ measures, measures ≥ 1, band ≥ 1)")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo(
                        "จำนวนของมิติ T: band 2, 2 good, 3 strong, of 4 ไม่สอดคล้องกัน"
                            + " (ต้องเป็น 0 ≤ strong ≤ good ≤ measures, measures ≥ 1, band ≥ 1)"));
    // band 0; no measure; good 5 > 4 measures; strong −1
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> new DimensionEvidence(LetciDimension.LEVELS, 0, 1, 0, 1, Text.en("e"), null))
        .withMessageStartingWith("the counts of dimension Le: band 0, 1 good, 0 strong, of 1 ");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> new DimensionEvidence(LetciDimension.LEVELS, 1, 0, 0, 0, Text.en("e"), null))
        .withMessageStartingWith("the counts of dimension Le: band 1, 0 good, 0 strong, of 0 ");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () -> new DimensionEvidence(LetciDimension.COMPARISONS, 1, 5, 0, 4, Text.en("e"), null))
        .withMessageStartingWith("the counts of dimension C: band 1, 5 good, 0 strong, of 4 ");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new DimensionEvidence(LetciDimension.INTEGRATION, 1, 0, -1, 4, Text.en("e"), null))
        .withMessageStartingWith("the counts of dimension I: band 1, 0 good, -1 strong, of 4 ");
    // the edges that fit: band 1, one measure, strong = good = measures
    assertThat(new DimensionEvidence(LetciDimension.LEVELS, 1, 1, 1, 1, Text.en("e"), null).band())
        .isEqualTo(1);
  }

  @Test
  void a_suggestion_that_does_not_fit_is_refused_with_its_band_and_percent() {
    // band 0
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new ResultSuggestion("7.1a", List.of("m"), 0, 50, fourInOrder(), null))
        .withMessage(
            "the suggestion for 7.1a (band 0, 50 %) needs a measure, a band from 1, a percent"
                + " from 0 to 100 and the four dimensions in order")
        .satisfies(
            e ->
                assertThat(e.getMessage(Language.TH))
                    .isEqualTo(
                        "ข้อเสนอสำหรับ 7.1a (ช่วงคะแนนที่ 0, ร้อยละ 50)"
                            + " ต้องมีตัวชี้วัดอย่างน้อยหนึ่งตัว ช่วงคะแนนตั้งแต่ 1 ร้อยละ 0 ถึง 100"
                            + " และครบสี่มิติตามลำดับ"));
    // no measure; percent −1 and 101; three dimensions; four out of order
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new ResultSuggestion("7.1a", List.of(), 4, 50, fourInOrder(), null))
        .withMessageStartingWith("the suggestion for 7.1a (band 4, 50 %)");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new ResultSuggestion("7.1a", List.of("m"), 4, -1, fourInOrder(), null))
        .withMessageStartingWith("the suggestion for 7.1a (band 4, -1 %)");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new ResultSuggestion("7.1a", List.of("m"), 4, 101, fourInOrder(), null))
        .withMessageStartingWith("the suggestion for 7.1a (band 4, 101 %)");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                new ResultSuggestion(
                    "7.1a", List.of("m"), 4, 50, fourInOrder().subList(0, 3), null))
        .withMessageStartingWith("the suggestion for 7.1a (band 4, 50 %)");
    List<DimensionEvidence> swapped = new ArrayList<>(fourInOrder());
    swapped.set(0, evidence(LetciDimension.TRENDS));
    swapped.set(1, evidence(LetciDimension.LEVELS));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> new ResultSuggestion("7.1a", List.of("m"), 4, 50, swapped, null))
        .withMessageStartingWith("the suggestion for 7.1a (band 4, 50 %)");
    // the edges that fit: band 1, 0 % and 100 %
    assertThat(new ResultSuggestion("7.1a", List.of("m"), 1, 0, fourInOrder(), null).percent())
        .isZero();
    assertThat(new ResultSuggestion("7.1a", List.of("m"), 6, 100, fourInOrder(), null).band())
        .isEqualTo(6);
  }
}
