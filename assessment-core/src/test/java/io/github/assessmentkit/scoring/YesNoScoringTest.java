package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.AssessmentValidator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Indicators on the yes/no scale score all or nothing, and refuse partial. */
class YesNoScoringTest {
  /** Three pass/fail checks of weight 1 sharing 30 points. */
  private final Rubric rubric =
      Rubric.builder("pass-fail", "1")
          .title(Text.en("Pass or fail"))
          .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
          .defaultStrategy(Strategies.POINTS_SUM)
          .criterion(
              Criterion.builder("R", Text.en("Records"))
                  .kind(CriterionKind.CHECKLIST)
                  .points(30)
                  .indicator(Indicator.of("R1", Text.en("Audited"), YesNoScale.STANDARD))
                  .indicator(Indicator.of("R2", Text.en("Meeting held"), YesNoScale.STANDARD))
                  .indicator(Indicator.of("R3", Text.en("Dividend paid"), YesNoScale.STANDARD))
                  .build())
          .build();

  @Test
  void yes_earns_its_share_and_no_nothing() {
    // given R1 yes, R2 yes, R3 no
    Assessment a =
        Assessment.quick(
            rubric,
            Rating.choice("R1", "yes"),
            Rating.choice("R2", "yes"),
            Rating.choice("R3", "no"));

    // when
    Scorecard card = Scorer.standard().score(rubric, a);

    // then 2 of 3 x 30 = 20.00
    assertThat(card.total()).isEqualTo(new BigDecimal("20.00"));
  }

  @Test
  void partial_is_refused_by_validation() {
    // given R1 rated partial, which only the yes/partial/no scale allows
    Assessment a = Assessment.quick(rubric, Rating.choice("R1", "partial"));

    // when / then
    assertThat(AssessmentValidator.validate(rubric, a).violations())
        .extracting(v -> v.rule() + " " + v.value())
        .containsExactly("rating.value-in-scale partial");
  }
}
