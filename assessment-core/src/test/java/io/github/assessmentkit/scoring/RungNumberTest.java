package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rung's number counts from the bottom of its ladder, so a band reads as it is named: the bottom
 * rung is 1 and the top rung is the number of rungs. The mini award's ladder "overall" has two
 * rungs, "good" (above 40 points) over "fair".
 */
class RungNumberTest {
  private final Rubric rubric = MiniRubrics.award();

  /** Four bands listed top first, as every ladder lists its rungs. */
  private static Ladder fourBands() {
    return new Ladder(
        "bands",
        Text.en("Bands"),
        Metric.totalPoints(),
        List.of(
            Rung.above("band-4", Text.en("Band 4"), 75),
            Rung.above("band-3", Text.en("Band 3"), 50),
            Rung.above("band-2", Text.en("Band 2"), 25),
            Rung.bottom("band-1", Text.en("Band 1"))),
        Provenance.unverified(Text.en("test"), Text.en("test")));
  }

  @Test
  void band_n_is_rung_number_n_counting_the_bottom_rung_as_1() {
    // given
    Ladder ladder = fourBands();

    // when / then: position counts from the top from 0, the rung number from the bottom from 1
    assertThat(ladder.rungNumber("band-4")).isEqualTo(4);
    assertThat(ladder.rungNumber("band-3")).isEqualTo(3);
    assertThat(ladder.rungNumber("band-2")).isEqualTo(2);
    assertThat(ladder.rungNumber("band-1")).isEqualTo(1);
    assertThat(ladder.position("band-4")).isZero();
    assertThat(ladder.position("band-1")).isEqualTo(3);
  }

  @Test
  void a_rung_the_ladder_lacks_has_no_number() {
    // when / then
    assertThatThrownBy(() -> fourBands().rungNumber("band-9"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ladder bands has no rung band-9");
    InvalidValueException thrown =
        (InvalidValueException) catchThrowable(() -> fourBands().rungNumber("band-9"));
    assertThat(thrown.text().get(Language.TH)).isEqualTo("บันไดระดับ 'bands' ไม่มีระดับ 'band-9'");
  }

  @Test
  void a_level_decision_gives_the_number_of_the_rung_reached() {
    // given 1.1 at 50 % of 40 = 20.00, 1.2 at 50 % of 20 = 10.00, 2.1 at 50 % of 40 = 20.00:
    // total 50.00, above 40, so "good", the top of two rungs
    Assessment above =
        Assessment.quick(rubric, Rating.of("1.1", 50), Rating.of("1.2", 50), Rating.of("2.1", 50));
    // and 1.1 at 25 % of 40 = 10.00, nothing else: total 10.00, so "fair", the bottom rung
    Assessment below = Assessment.quick(rubric, Rating.of("1.1", 25));

    // when
    LevelDecision good = Scorer.standard().score(rubric, above).level("overall").orElseThrow();
    LevelDecision fair = Scorer.standard().score(rubric, below).level("overall").orElseThrow();

    // then
    assertThat(good.rungId()).isEqualTo("good");
    assertThat(good.rungNumber(rubric)).isEqualTo(2);
    assertThat(fair.rungId()).isEqualTo("fair");
    assertThat(fair.rungNumber(rubric)).isEqualTo(1);
  }

  @Test
  void a_level_decision_placed_on_a_ladder_by_hand_numbers_its_rung_from_that_ladder() {
    // given the four bands in a rubric of their own, and a total of 50.00 (as above)
    Rubric banded = Rubric.from(rubric).ladder(fourBands()).build();
    Scorecard card =
        Scorer.standard()
            .score(
                banded,
                Assessment.quick(
                    banded, Rating.of("1.1", 50), Rating.of("1.2", 50), Rating.of("2.1", 50)));

    // when: 50.00 is not above 50, so band 2
    LevelDecision band = card.level("bands").orElseThrow();

    // then
    assertThat(band.rungId()).isEqualTo("band-2");
    assertThat(band.rungNumber(banded)).isEqualTo(2);
    assertThat(LevelDecision.place(fourBands(), card.root()).rungNumber(banded)).isEqualTo(2);
  }

  @Test
  void a_rubric_without_the_decisions_ladder_cannot_number_its_rung() {
    // given a decision on the four bands, which the mini award does not hold
    Scorecard card = Scorer.standard().score(rubric, Assessment.quick(rubric));
    LevelDecision band = LevelDecision.place(fourBands(), card.root());

    // when / then
    assertThatThrownBy(() -> band.rungNumber(rubric))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("no ladder bands");
    assertThatNullPointerException()
        .isThrownBy(() -> band.rungNumber(null))
        .withMessage("rubric cannot be null");
  }
}
