package io.github.assessmentkit.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.assessmentkit.testing.MiniRubrics;
import org.junit.jupiter.api.Test;

/** How a rubric treats evidence not valid for the year assessed: a warning unless it says so. */
class EvidenceValiditySettingTest {
  private final Rubric checklist = MiniRubrics.checklist();

  @Test
  void a_rubric_treats_evidence_validity_as_a_warning_by_default() {
    assertThat(checklist.evidenceValidity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void a_rubric_may_treat_it_as_an_error_and_a_derived_rubric_keeps_the_setting() {
    // given
    Rubric strict = Rubric.from(checklist).evidenceValidity(Severity.ERROR).build();

    // when
    Rubric derived = Rubric.from(strict).version("2").build();

    // then
    assertThat(strict.evidenceValidity()).isEqualTo(Severity.ERROR);
    assertThat(derived.evidenceValidity()).isEqualTo(Severity.ERROR);
    assertThat(strict).isNotEqualTo(checklist);
    assertThat(Rubric.from(strict).evidenceValidity(Severity.WARNING).build()).isEqualTo(checklist);
  }

  @Test
  void refuses_a_missing_severity() {
    assertThatNullPointerException()
        .isThrownBy(() -> Rubric.from(checklist).evidenceValidity(null))
        .withMessageContaining("severity");
  }
}
