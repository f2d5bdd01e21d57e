package io.github.assessmentkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A violation found in an assessment built in code names the indicator of the rating at fault as
 * well as the pointer, so the rating can be found without counting; a violation that is not about a
 * rating names none. The mini award has band-scale indicators 1.1, 1.2 and 2.1 (steps of 5 %).
 */
class ViolationIndicatorTest {
  private final Rubric rubric = MiniRubrics.award();

  private static Violation only(Rubric rubric, Assessment assessment) {
    List<Violation> found = AssessmentValidator.validate(rubric, assessment).violations();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void a_value_outside_the_scale_names_its_indicator() {
    // given 1.2 at 33 %, not a step of its bands
    Assessment a = Assessment.quick(rubric, Rating.of("1.1", 50), Rating.of("1.2", 33));

    // when
    Violation v = only(rubric, a);

    // then
    assertThat(v.rule()).isEqualTo("rating.value-in-scale");
    assertThat(v.path()).isEqualTo("/ratings/1/value");
    assertThat(v.indicator()).contains("1.2");
    assertThat(v.indicatorId()).isEqualTo("1.2");
  }

  @Test
  void a_rating_of_an_indicator_the_rubric_lacks_names_that_id() {
    // when
    Violation v = only(rubric, Assessment.quick(rubric, Rating.of("9.9", 50)));

    // then
    assertThat(v.rule()).isEqualTo("rating.indicator-exists");
    assertThat(v.path()).isEqualTo("/ratings/0/indicator");
    assertThat(v.indicator()).contains("9.9");
  }

  @Test
  void a_second_rating_of_an_indicator_names_it() {
    // when
    Violation v =
        only(rubric, Assessment.quick(rubric, Rating.of("2.1", 50), Rating.of("2.1", 60)));

    // then
    assertThat(v.rule()).isEqualTo("rating.one-per-indicator");
    assertThat(v.path()).isEqualTo("/ratings/1/indicator");
    assertThat(v.indicator()).contains("2.1");
  }

  @Test
  void missing_evidence_names_the_indicator_of_the_rating_that_cites_it() {
    // when
    Violation v = only(rubric, Assessment.quick(rubric, Rating.of("1.1", 50).withEvidence("e-9")));

    // then
    assertThat(v.rule()).isEqualTo("rating.evidence-exists");
    assertThat(v.path()).isEqualTo("/ratings/0/evidence/0");
    assertThat(v.value()).isEqualTo("e-9");
    assertThat(v.indicator()).contains("1.1");
  }

  @Test
  void an_unknown_assessor_names_the_indicator_of_the_rating() {
    // given one assessor, a-1, and a rating by a-2
    Assessment a =
        Assessment.quick(rubric, Rating.of("1.1", 50).by("a-2")).toBuilder()
            .assessor(new Assessor("a-1", "Somchai", null))
            .build();

    // when
    Violation v = only(rubric, a);

    // then
    assertThat(v.rule()).isEqualTo("rating.assessor-exists");
    assertThat(v.path()).isEqualTo("/ratings/0/assessor");
    assertThat(v.indicator()).contains("1.1");
  }

  @Test
  void a_rating_without_the_evidence_its_indicator_requires_names_the_indicator() {
    // given the checklist with a third principle E whose yes/partial/no indicator E.1 requires
    // evidence above the bottom of its scale
    Rubric strict =
        Rubric.from(MiniRubrics.checklist())
            .criterion(
                Criterion.builder("E", Text.en("Evidence"))
                    .kind(CriterionKind.CHECKLIST)
                    .weight(1)
                    .indicator(MiniRubrics.yesNo("E.1").requiringEvidence())
                    .build())
            .build();

    // when
    Violation v = only(strict, Assessment.quick(strict, Rating.choice("E.1", "yes")));

    // then
    assertThat(v.rule()).isEqualTo("rating.evidence-required");
    assertThat(v.path()).isEqualTo("/ratings/0/evidence");
    assertThat(v.indicator()).contains("E.1");
  }

  @Test
  void a_violation_that_is_not_about_a_rating_names_no_indicator() {
    // given two assessors and two pieces of evidence sharing an id, and another rubric's reference
    Assessment a =
        Assessment.quick(MiniRubrics.checklist()).toBuilder()
            .assessor(new Assessor("a-1", "Somchai", null))
            .assessor(new Assessor("a-1", "Malee", null))
            .evidence(Evidence.of("e-1", EvidenceKind.DOCUMENT, "minutes"))
            .evidence(Evidence.of("e-1", EvidenceKind.DOCUMENT, "minutes again"))
            .build();

    // when
    List<Violation> found = AssessmentValidator.validate(rubric, a).violations();

    // then
    assertThat(found)
        .extracting(Violation::rule)
        .containsExactly("assessment.rubric-matches", "assessor.unique-id", "evidence.unique-id");
    assertThat(found).allSatisfy(v -> assertThat(v.indicator()).isEmpty());
  }

  @Test
  void the_id_changes_neither_the_text_of_a_violation_nor_its_other_parts() {
    // given
    Violation plain =
        new Violation("/ratings/0/value", "rating.value-in-scale", "33", Text.en("x"));
    Violation named =
        new Violation("/ratings/0/value", "rating.value-in-scale", "33", Text.en("x"), "1.2");

    // then
    assertThat(plain.indicator()).isEmpty();
    assertThat(plain.indicatorId()).isNull();
    assertThat(named.toString())
        .isEqualTo(plain.toString())
        .isEqualTo("/ratings/0/value [rating.value-in-scale] x");
    assertThat(named).isNotEqualTo(plain);
    assertThatThrownBy(() -> new Violation("/x", "r", null, Text.en("x"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicatorId cannot be blank");
  }
}
