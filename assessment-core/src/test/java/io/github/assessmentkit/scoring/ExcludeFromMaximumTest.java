package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A points-sum whose maximum leaves out what does not apply ({@link
 * NotApplicablePolicy#EXCLUDE_FROM_MAXIMUM}, "the sum of what applies") beside the default that
 * moves those points to the siblings ({@link NotApplicablePolicy#EXCLUDE_AND_RENORMALISE}, "a share
 * of the whole"), on the same ratings.
 *
 * <p>The tree: X (30 points) holds x1, x2, x3, 10 each; Y (20 points) holds y1, y2, 10 each; 50 in
 * all.
 */
class ExcludeFromMaximumTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final Rubric renormalise =
      Rubric.builder("sum-of-what-applies", "1")
          .title(Text.en("Sum of what applies"))
          .provenance(TEST)
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(
              Criterion.builder("X", Text.en("X"))
                  .points(30)
                  .indicator(yesNo("x1"))
                  .indicator(yesNo("x2"))
                  .indicator(yesNo("x3"))
                  .build())
          .criterion(
              Criterion.builder("Y", Text.en("Y"))
                  .points(20)
                  .indicator(yesNo("y1"))
                  .indicator(yesNo("y2"))
                  .build())
          .build();

  private final Rubric shrink =
      Rubric.from(renormalise)
          .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM)
          .build();

  /** x1 yes, x2 partial, x3 not applicable; y1 yes, y2 no. */
  private final Assessment x3NotApplicable =
      Assessment.quick(
          renormalise,
          Rating.choice("x1", "yes"),
          Rating.choice("x2", "partial"),
          Rating.notApplicable("x3", "no such activity"),
          Rating.choice("y1", "yes"),
          Rating.choice("y2", "no"));

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void leaving_the_maximum_shrinks_the_node_and_the_total_and_moves_nothing() {
    // when
    Scorecard card = Scorer.standard().score(shrink, x3NotApplicable);

    // then x3 leaves with its 10: X possible 30 - 10 = 20; x1 and x2 keep 10 each; X earned 10 +
    // 1/2 x 10 = 15 of 20 = 75.00 %
    NodeScore x = card.node("X").orElseThrow();
    assertThat(x.exactPossible()).isEqualTo(Ratio.of(20));
    assertThat(x.possible()).isEqualTo(points("20.00"));
    assertThat(x.earned()).isEqualTo(points("15.00"));
    assertThat(x.percent()).isEqualTo(points("75.00"));
    assertThat(card.root().indicator("x1").orElseThrow().possible()).isEqualTo(points("10.00"));
    assertThat(card.root().indicator("x3").orElseThrow().possible()).isEqualTo(points("0.00"));
    // Y unchanged: 10 of 20 = 50.00 %; the total is the sum of what applies: 25 of 20 + 20 = 40,
    // and its percent is earned / what applies = 25 / 40 = 62.50 %
    assertThat(card.node("Y").orElseThrow().earned()).isEqualTo(points("10.00"));
    assertThat(card.root().exactPossible()).isEqualTo(Ratio.of(40));
    assertThat(card.possible()).isEqualTo(points("40.00"));
    assertThat(card.total()).isEqualTo(points("25.00"));
    assertThat(card.percent()).isEqualTo(points("62.50"));
  }

  @Test
  void renormalising_the_same_ratings_keeps_the_maximum_and_moves_the_points() {
    // when
    Scorecard card = Scorer.standard().score(renormalise, x3NotApplicable);

    // then x3's 10 go to x1 and x2: 15 each; X = 15 + 1/2 x 15 = 22.5 of 30 = 75.00 % (the same
    // percent, more points); the total keeps its 50: 22.5 + 10 = 32.5 = 65.00 %
    NodeScore x = card.node("X").orElseThrow();
    assertThat(x.possible()).isEqualTo(points("30.00"));
    assertThat(x.earned()).isEqualTo(points("22.50"));
    assertThat(x.percent()).isEqualTo(points("75.00"));
    assertThat(card.root().indicator("x1").orElseThrow().possible()).isEqualTo(points("15.00"));
    assertThat(card.possible()).isEqualTo(points("50.00"));
    assertThat(card.total()).isEqualTo(points("32.50"));
    assertThat(card.percent()).isEqualTo(points("65.00"));
  }

  /** x1 yes, x2 partial, x3 no; y1 and y2 not applicable. */
  private final Assessment yNotApplicable =
      Assessment.quick(
          renormalise,
          Rating.choice("x1", "yes"),
          Rating.choice("x2", "partial"),
          Rating.choice("x3", "no"),
          Rating.notApplicable("y1", "no members' shop"),
          Rating.notApplicable("y2", "no members' shop"));

  @Test
  void a_criterion_where_nothing_applies_takes_its_points_out_of_the_total() {
    // when
    Scorecard shrunk = Scorer.standard().score(shrink, yNotApplicable);
    Scorecard moved = Scorer.standard().score(renormalise, yNotApplicable);

    // then leaving the maximum: X = 10 + 5 + 0 = 15 of 30; Y leaves with its 20, so the total is
    // 15 of 30 = 50.00 %, and Y's rule says its points left the maximum
    NodeScore y = shrunk.node("Y").orElseThrow();
    assertThat(y.applicable()).isFalse();
    assertThat(y.possible()).isEqualTo(points("0.00"));
    assertThat(y.explanation().rule().get(Language.EN))
        .isEqualTo("not applicable: its points leave the maximum");
    assertThat(shrunk.possible()).isEqualTo(points("30.00"));
    assertThat(shrunk.total()).isEqualTo(points("15.00"));
    assertThat(shrunk.percent()).isEqualTo(points("50.00"));
    assertThat(shrunk.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .containsExactly("not-applicable Y");
    // moving instead: X takes all 50, 50/3 each; 50/3 + 25/3 = 25 of 50 = 50.00 %
    assertThat(moved.node("X").orElseThrow().possible()).isEqualTo(points("50.00"));
    assertThat(moved.possible()).isEqualTo(points("50.00"));
    assertThat(moved.total()).isEqualTo(points("25.00"));
    assertThat(moved.percent()).isEqualTo(points("50.00"));
  }

  @Test
  void the_warning_for_a_criterion_that_left_the_maximum_does_not_say_its_points_moved() {
    // when
    Scorecard card = Scorer.standard().score(shrink, yNotApplicable);

    // then Y's points left the maximum (the total is 30, not 50); nothing moved to X, which kept
    // its 30, so a warning saying "its points move to its siblings" would tell the reader
    // something that did not happen
    assertThat(card.node("X").orElseThrow().possible()).isEqualTo(points("30.00"));
    ScoreWarning y = card.warnings().get(0);
    assertThat(y.path()).isEqualTo("Y");
    assertThat(y.message().get(Language.EN)).doesNotContain("move to its siblings");
  }

  @Test
  void when_nothing_applies_anywhere_the_sum_of_what_applies_has_nothing_in_its_maximum() {
    // given every indicator not applicable
    Assessment none =
        Assessment.quick(
            shrink,
            Rating.notApplicable("x1", "dormant"),
            Rating.notApplicable("x2", "dormant"),
            Rating.notApplicable("x3", "dormant"),
            Rating.notApplicable("y1", "dormant"),
            Rating.notApplicable("y2", "dormant"));

    // when
    Scorecard card = Scorer.standard().score(shrink, none);

    // then nothing could be scored; and as every part left the maximum with its points (X's 30
    // and Y's 20), the maximum of what applies is 50 - 30 - 20 = 0
    assertThat(card.isScored()).isFalse();
    assertThat(card.total()).isEqualTo(points("0.00"));
    assertThat(card.node("X").orElseThrow().possible()).isEqualTo(points("0.00"));
    assertThat(card.node("Y").orElseThrow().possible()).isEqualTo(points("0.00"));
    assertThat(card.possible()).isEqualTo(points("0.00"));
  }
}
