package io.github.assessmentkit.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.planning.OutcomeChange;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changed ratings, and the outcomes two scorecards decide differently. */
class ChangesTest {

  @Test
  void rerating_a_draft_changes_only_the_values_named() {
    Assessment a =
        Assessment.quick(
            Fixtures.MINI,
            Rating.of("1.1", 30).withRationale("two units"),
            Rating.of("1.2", 30),
            Rating.of("2.1", 30));

    Assessment changed = Changes.rerated(a, Map.of("1.1", RatingValue.of(45)));

    assertThat(changed.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(changed.id()).isEqualTo(a.id());
    assertThat(changed.rating("1.1").orElseThrow().state())
        .isEqualTo(new RatingState.Rated(RatingValue.of(45)));
    assertThat(changed.rating("1.1").orElseThrow().rationale()).isEqualTo("two units");
    assertThat(changed.rating("1.2")).isEqualTo(a.rating("1.2"));
    assertThat(Changes.rerated(a, Map.of())).isEqualTo(a);
  }

  @Test
  void rerating_a_final_assessment_gives_a_hypothetical_draft_with_the_same_id() {
    Assessment record =
        MiniRubrics.assessmentOf(Fixtures.MINI)
            .status(AssessmentStatus.FINAL)
            .assessor(new io.github.assessmentkit.assessment.Assessor("as-1", "Somchai", null))
            .evidence(
                io.github.assessmentkit.assessment.Evidence.of(
                    "ev-1", io.github.assessmentkit.assessment.EvidenceKind.DOCUMENT, "minutes"))
            .measure(
                new io.github.assessmentkit.assessment.Measure(
                    "reserves",
                    Text.en("reserve to assets"),
                    "ratio",
                    io.github.assessmentkit.scale.Direction.HIGHER_IS_BETTER,
                    null,
                    List.of(
                        new io.github.assessmentkit.assessment.Observation(
                            io.github.assessmentkit.time.FiscalYear.ofBuddhistEra(2566),
                            new java.math.BigDecimal("0.08")))))
            .rating(Rating.of("1.1", 30))
            .rating(Rating.of("1.2", 40))
            .rating(Rating.of("2.1", 50))
            .build();

    Assessment changed = Changes.rerated(record, Map.of("2.1", RatingValue.of(55)));

    assertThat(changed.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(changed.id()).isEqualTo(record.id());
    assertThat(changed.subject()).isEqualTo(record.subject());
    assertThat(changed.period()).isEqualTo(record.period());
    assertThat(changed.rating("1.2")).isEqualTo(record.rating("1.2"));
    assertThat(changed.assessors()).isEqualTo(record.assessors()).hasSize(1);
    assertThat(changed.evidence()).isEqualTo(record.evidence()).hasSize(1);
    assertThat(changed.measures()).isEqualTo(record.measures()).hasSize(1);
    assertThat(changed.rating("2.1").orElseThrow().state())
        .isEqualTo(new RatingState.Rated(RatingValue.of(55)));
    assertThat(record.status()).isEqualTo(AssessmentStatus.FINAL);
  }

  @Test
  void rerating_an_indicator_without_a_rating_is_refused() {
    Assessment a = Assessment.quick(Fixtures.MINI, Rating.of("1.1", 30));
    assertThatExceptionOfType(ConflictingStateException.class)
        .isThrownBy(() -> Changes.rerated(a, Map.of("2.1", RatingValue.of(5))))
        .withMessage("2.1 is not rated: rate it before planning a step");
  }

  @Test
  void between_lists_the_levels_then_the_awards_decided_differently() {
    // 30 % everywhere: 30.00, fair, no award; 1.1 and 1.2 at 100 %: 40 + 20 + 12 = 72, good and
    // gold
    Scorer scorer = Scorer.standard();
    Assessment a =
        Assessment.quick(
            Fixtures.MINI, Rating.of("1.1", 30), Rating.of("1.2", 30), Rating.of("2.1", 30));
    Scorecard before = scorer.score(Fixtures.MINI, a);
    Scorecard after =
        scorer.score(
            Fixtures.MINI,
            Changes.rerated(a, Map.of("1.1", RatingValue.of(100), "1.2", RatingValue.of(100))));

    List<OutcomeChange> changes = Changes.between(before, after);

    assertThat(changes)
        .containsExactly(
            new OutcomeChange(
                OutcomeChange.Kind.LEVEL,
                "overall",
                Text.en("Overall"),
                "fair",
                "good",
                Text.en("fair"),
                Text.en("good")),
            new OutcomeChange(
                OutcomeChange.Kind.AWARD,
                "mini",
                Text.en("Mini award"),
                null,
                "gold",
                before.award("mini").orElseThrow().outcome(),
                Text.en("Gold")));
    assertThat(Changes.between(before, before)).isEmpty();
    assertThat(Changes.between(after, after)).isEmpty();
  }
}
