package io.github.assessmentkit.validation;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per rule id of {@link AssessmentValidator}: each builds an assessment that breaks that
 * rule and nothing else, and checks the violation's path, rule, value, message and severity. The
 * assessments are of FY 2566 BE (1 Oct 2022 – 30 Sep 2023) against the checklist G1 (G1.1, G1.2),
 * G2 (G2.1, G2.2, G2.3).
 */
class ValidationRulesTest {
  private final Rubric checklist = MiniRubrics.checklist();

  private List<Violation> violations(Rubric rubric, Assessment assessment) {
    return AssessmentValidator.validate(rubric, assessment).violations();
  }

  @Test
  void a_well_formed_assessment_has_no_violation() {
    // given evidence of the year, cited by a rating from a listed assessor
    Assessment fine =
        assessmentOf(checklist)
            .assessor(new Assessor("as-1", "Somchai", null))
            .evidence(
                Evidence.of("ev-1", EvidenceKind.DOCUMENT, "minutes")
                    .withCollectedOn(LocalDate.of(2023, 6, 15)))
            .rating(Rating.choice("G1.1", "yes").withEvidence("ev-1").by("as-1"))
            .build();

    // when
    ValidationReport report = AssessmentValidator.validate(checklist, fine);

    // then
    assertThat(report.violations()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void assessment_rubric_matches() {
    // given an assessment of mini-checklist@1 checked against version 2 of the same set
    Rubric v2 = Rubric.from(checklist).version("2").build();
    Assessment a = assessmentOf(checklist).build();

    // when / then
    assertThat(violations(v2, a))
        .containsExactly(
            new Violation(
                "/rubric",
                "assessment.rubric-matches",
                "mini-checklist@1",
                Text.of(
                    "การประเมินอ้างถึงเกณฑ์ mini-checklist@1 แต่ใช้เกณฑ์ mini-checklist@2",
                    "the assessment answers mini-checklist@1, not mini-checklist@2")));
  }

  @Test
  void assessor_unique_id() {
    // given two assessors with one id
    Assessment a =
        assessmentOf(checklist)
            .assessor(new Assessor("as-1", "Somchai", null))
            .assessor(new Assessor("as-1", "Somsri", null))
            .build();

    // when / then the second one is named
    assertThat(violations(checklist, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/assessors/1/id");
              assertThat(v.rule()).isEqualTo("assessor.unique-id");
              assertThat(v.value()).isEqualTo("as-1");
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void evidence_unique_id() {
    // given two pieces of evidence with one id
    Assessment a =
        assessmentOf(checklist)
            .evidence(Evidence.of("ev-1", EvidenceKind.DOCUMENT, "minutes"))
            .evidence(Evidence.of("ev-1", EvidenceKind.RECORD, "ledger"))
            .build();

    // when / then
    assertThat(violations(checklist, a))
        .containsExactly(
            new Violation(
                "/evidence/1/id",
                "evidence.unique-id",
                "ev-1",
                Text.of("รหัส 'ev-1' ถูกใช้ซ้ำ", "the id 'ev-1' is used more than once")));
  }

  @Test
  void measure_unique_id() {
    // given two measures with one id
    Measure members =
        new Measure(
            "m-1", Text.en("members"), "persons", Direction.HIGHER_IS_BETTER, null, List.of());
    Assessment a = assessmentOf(checklist).measure(members).measure(members).build();

    // when / then
    assertThat(violations(checklist, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/measures/1/id");
              assertThat(v.rule()).isEqualTo("measure.unique-id");
              assertThat(v.value()).isEqualTo("m-1");
            });
  }

  @Test
  void rating_indicator_exists() {
    // given a rating of G9.9, which the checklist lacks
    Assessment a = assessmentOf(checklist).rating(Rating.choice("G9.9", "yes")).build();

    // when / then
    assertThat(violations(checklist, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/indicator");
              assertThat(v.rule()).isEqualTo("rating.indicator-exists");
              assertThat(v.value()).isEqualTo("G9.9");
            });
  }

  @Test
  void rating_one_per_indicator() {
    // given G1.1 rated twice
    Assessment a =
        assessmentOf(checklist)
            .rating(Rating.choice("G1.1", "yes"))
            .rating(Rating.choice("G1.1", "no"))
            .build();

    // when / then the second rating is named
    assertThat(violations(checklist, a))
        .containsExactly(
            new Violation(
                "/ratings/1/indicator",
                "rating.one-per-indicator",
                "G1.1",
                Text.of(
                    "ตัวชี้วัด 'G1.1' ถูกประเมินมากกว่าหนึ่งครั้ง",
                    "indicator 'G1.1' is rated more than once"),
                "G1.1"));
  }

  @Test
  void rating_evidence_exists() {
    // given a rating citing evidence the assessment does not hold
    Assessment a =
        assessmentOf(checklist).rating(Rating.choice("G1.1", "yes").withEvidence("ev-9")).build();

    // when / then
    assertThat(violations(checklist, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/evidence/0");
              assertThat(v.rule()).isEqualTo("rating.evidence-exists");
              assertThat(v.value()).isEqualTo("ev-9");
            });
  }

  @Test
  void rating_assessor_exists() {
    // given listed assessors and a rating by someone not among them
    Assessment a =
        assessmentOf(checklist)
            .assessor(new Assessor("as-1", "Somchai", null))
            .rating(Rating.choice("G1.1", "yes").by("as-2"))
            .build();

    // when / then
    assertThat(violations(checklist, a))
        .containsExactly(
            new Violation(
                "/ratings/0/assessor",
                "rating.assessor-exists",
                "as-2",
                Text.of(
                    "ผู้ประเมิน 'as-2' ไม่อยู่ในรายชื่อผู้ประเมิน",
                    "assessor 'as-2' is not among the assessors"),
                "G1.1"));
  }

  @Test
  void rating_assessor_exists_is_not_checked_without_a_list_of_assessors() {
    // given no assessors listed at all
    Assessment a = assessmentOf(checklist).rating(Rating.choice("G1.1", "yes").by("as-2")).build();

    // when / then
    assertThat(violations(checklist, a)).isEmpty();
  }

  @Test
  void rating_value_in_scale() {
    // given "maybe" on a yes/partial/no scale
    Assessment a = assessmentOf(checklist).rating(Rating.choice("G1.1", "maybe")).build();

    // when / then
    assertThat(violations(checklist, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/value");
              assertThat(v.rule()).isEqualTo("rating.value-in-scale");
              assertThat(v.value()).isEqualTo("maybe");
            });
  }

  @Test
  void rating_evidence_required() {
    // given an indicator requiring evidence, rated "yes" (above the lowest, "no") without any
    Rubric strict =
        Rubric.from(checklist)
            .replace(
                Criterion.builder("G2", Text.en("Transparency"))
                    .weight(1)
                    .indicator(MiniRubrics.yesNo("G2.1").requiringEvidence())
                    .build())
            .build();
    Assessment a = assessmentOf(strict).rating(Rating.choice("G2.1", "yes")).build();

    // when / then
    assertThat(violations(strict, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/evidence");
              assertThat(v.rule()).isEqualTo("rating.evidence-required");
              assertThat(v.value()).isEqualTo("yes");
            });
  }

  @Test
  void evidence_valid_for_period_is_a_warning_by_default() {
    // given minutes collected on 15 Mar 2007, in FY 2550 (1 Oct 2006 – 30 Sep 2007), with no
    // period of their own, cited by a rating of FY 2566, which began on 1 Oct 2022
    Assessment a =
        assessmentOf(checklist)
            .evidence(
                Evidence.of("ev-2550", EvidenceKind.DOCUMENT, "minutes 2550")
                    .withCollectedOn(LocalDate.of(2007, 3, 15)))
            .rating(Rating.choice("G1.1", "yes").withEvidence("ev-2550"))
            .build();

    // when
    ValidationReport report = AssessmentValidator.validate(checklist, a);

    // then reported, as a warning: the assessment stays valid
    assertThat(report.violations())
        .containsExactly(
            new Violation(
                "/ratings/0/evidence/0",
                "evidence.valid-for-period",
                "ev-2550",
                Text.of(
                    "หลักฐาน 'ev-2550' เก็บเมื่อ 2007-03-15 ก่อนเริ่มปีงบประมาณ พ.ศ. 2566"
                        + " และไม่ระบุช่วงเวลาที่ใช้ได้",
                    "evidence 'ev-2550' was collected on 2007-03-15, before Fiscal year 2023"
                        + " (B.E. 2566) began, and states no period it speaks for"),
                "G1.1",
                Severity.WARNING));
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).hasSize(1);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void evidence_valid_for_period_is_an_error_when_the_rubric_says_so() {
    // given the same citation, against a rubric that treats it as an error
    Rubric strict = Rubric.from(checklist).evidenceValidity(Severity.ERROR).build();
    Assessment a =
        assessmentOf(strict)
            .evidence(
                Evidence.of("ev-2550", EvidenceKind.DOCUMENT, "minutes 2550")
                    .withCollectedOn(LocalDate.of(2007, 3, 15)))
            .rating(Rating.choice("G1.1", "yes").withEvidence("ev-2550"))
            .build();

    // when
    ValidationReport report = AssessmentValidator.validate(strict, a);

    // then
    assertThat(report.errors())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("evidence.valid-for-period");
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.isError()).isTrue();
            });
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void evidence_valid_for_period_looks_only_at_evidence_a_rating_cites() {
    // given the old minutes held but cited by no rating
    Assessment a =
        assessmentOf(checklist)
            .evidence(
                Evidence.of("ev-2550", EvidenceKind.DOCUMENT, "minutes 2550")
                    .withCollectedOn(LocalDate.of(2007, 3, 15)))
            .rating(Rating.choice("G1.1", "yes"))
            .build();

    // when / then
    assertThat(violations(checklist, a)).isEmpty();
  }

  @Test
  void an_error_and_a_warning_are_told_apart_in_text() {
    // given
    Violation error = new Violation("/x", "rule.a", null, Text.en("bad"));
    Violation warning = new Violation("/x", "rule.b", null, Text.en("odd"), Severity.WARNING);

    // when / then existing violations are errors and print as before
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error).hasToString("/x [rule.a] bad");
    assertThat(warning).hasToString("/x [rule.b] (warning) odd");
  }
}
