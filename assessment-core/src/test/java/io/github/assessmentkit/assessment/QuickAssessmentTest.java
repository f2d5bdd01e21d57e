package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link Assessment#quick} makes an assessment of a handful of ratings for a test or an example,
 * with a fixed placeholder organisation and fiscal year, so its results never depend on the day.
 */
class QuickAssessmentTest {
  private final Rubric rubric = MiniRubrics.award();

  @Test
  void holds_the_ratings_given_and_answers_the_rubric() {
    // given
    Rating first = Rating.of("1.1", 50);
    Rating second = Rating.of("2.1", 75);

    // when
    Assessment a = Assessment.quick(rubric, first, second);

    // then
    assertThat(a.ratings()).containsExactly(first, second);
    assertThat(a.rubric()).isEqualTo(rubric.ref());
    assertThat(a.kind()).isEqualTo(AssessmentKind.SELF);
    assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(a.assessors()).isEmpty();
    assertThat(a.evidence()).isEmpty();
    assertThat(a.measures()).isEmpty();
  }

  @Test
  void names_a_fixed_placeholder_organisation_and_fiscal_year_2567() {
    // when
    Assessment a = Assessment.quick(rubric);

    // then
    assertThat(a.id()).isEqualTo(Assessment.PLACEHOLDER_ID).isEqualTo("quick");
    assertThat(a.subject()).isEqualTo(Assessment.PLACEHOLDER_SUBJECT);
    assertThat(a.subject().id()).isEqualTo("placeholder");
    assertThat(a.subject().name().get(Language.EN)).isEqualTo("placeholder cooperative");
    assertThat(a.subject().name().get(Language.TH)).isEqualTo("สหกรณ์สมมุติ");
    assertThat(a.subject().type()).isEqualTo(OrganisationType.OTHER);
    assertThat(a.subject().province()).isNull();
    // FY 2567 BE runs from 1 October 2023 to 30 September 2024
    assertThat(a.period()).isEqualTo(Assessment.PLACEHOLDER_PERIOD);
    assertThat(a.period().buddhistEra()).isEqualTo(2567);
    assertThat(a.period().contains(LocalDate.of(2023, 10, 1))).isTrue();
    assertThat(a.period().contains(LocalDate.of(2024, 9, 30))).isTrue();
  }

  @Test
  void two_quick_assessments_of_the_same_ratings_are_equal_and_score_the_same() {
    // given 1.1 at 50 % of 40 = 20.00, 2.1 at 75 % of 40 = 30.00; 1.2 unrated: total 50.00
    Assessment once = Assessment.quick(rubric, Rating.of("1.1", 50), Rating.of("2.1", 75));
    Assessment again = Assessment.quick(rubric, Rating.of("1.1", 50), Rating.of("2.1", 75));

    // when
    Scorecard card = Scorer.standard().score(rubric, once);

    // then
    assertThat(again).isEqualTo(once);
    assertThat(card.total()).isEqualByComparingTo(new BigDecimal("50.00"));
    assertThat(Scorer.standard().score(rubric, again)).isEqualTo(card);
  }

  @Test
  void more_can_be_added_through_its_builder() {
    // when
    Assessment a =
        Assessment.quick(rubric, Rating.of("1.1", 50)).toBuilder()
            .rating(Rating.of("1.2", 60))
            .build();

    // then
    assertThat(a.ratings()).extracting(Rating::indicatorId).containsExactly("1.1", "1.2");
    assertThat(a.subject()).isEqualTo(Assessment.PLACEHOLDER_SUBJECT);
  }

  @Test
  void refuses_a_missing_rubric_or_rating() {
    // when / then
    assertThatNullPointerException()
        .isThrownBy(() -> Assessment.quick(null, Rating.of("1.1", 50)))
        .withMessage("rubric cannot be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Assessment.quick(rubric, Rating.of("1.1", 50), null))
        .withMessageContaining("ratings");
  }
}
