package io.github.assessmentkit.validation;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.RatingRules;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
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
  void rating_assessor_exists_also_when_no_assessor_is_listed() {
    // given no assessors listed at all, and a rating that names one
    Assessment a = assessmentOf(checklist).rating(Rating.choice("G1.1", "yes").by("as-2")).build();

    // when / then the named assessor is not among the (empty) list
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
  void a_rating_naming_no_assessor_needs_no_list_of_assessors() {
    // given no assessors listed and a rating that names none
    Assessment a = assessmentOf(checklist).rating(Rating.choice("G1.1", "yes")).build();

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
  void rating_not_applicable_allowed() {
    // given G2.1 declared not to allow not applicable (a gate reads it), rated not applicable
    Rubric strict =
        Rubric.from(checklist)
            .replace(
                Criterion.builder("G2", Text.en("Transparency"))
                    .weight(1)
                    .indicator(MiniRubrics.yesNo("G2.1").withNotApplicableAllowed(false))
                    .build())
            .build();
    Assessment a =
        assessmentOf(strict).rating(Rating.notApplicable("G2.1", "no audit this year")).build();

    // when / then an error at the rating's notApplicable, naming the indicator in both languages
    assertThat(violations(strict, a))
        .containsExactly(
            new Violation(
                "/ratings/0/notApplicable",
                "rating.not-applicable-allowed",
                "G2.1",
                Text.of(
                    "ตัวชี้วัด 'G2.1' ประเมินเป็นไม่เกี่ยวข้องไม่ได้ เกณฑ์กำหนดให้ต้องให้ผลการประเมิน",
                    "indicator 'G2.1' cannot be rated not applicable: the rubric requires a rating"),
                "G2.1"));
    assertThat(violations(strict, a).get(0).severity()).isEqualTo(Severity.ERROR);
    // a rubric derived from it keeps the declaration; by default not applicable is allowed
    assertThat(Rubric.from(strict).build().indicator("G2.1").orElseThrow().notApplicableAllowed())
        .isFalse();
    assertThat(checklist.indicator("G2.1").orElseThrow().notApplicableAllowed()).isTrue();
    assertThat(
            violations(
                checklist,
                assessmentOf(checklist)
                    .rating(Rating.notApplicable("G2.1", "no audit this year"))
                    .build()))
        .isEmpty();
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

  /**
   * The award rubric with item 1.1 rated on the test bands described along four dimensions, A, D, L
   * and I: band 3 runs from 30 to 45, band 4 from 50 to 65, band 5 from 70 to 85.
   */
  private static Rubric adliAward() {
    BandScale bands = MiniRubrics.bands();
    BandScale adli =
        new BandScale(
            Text.en("ADLI"),
            List.of(
                new Dimension("A", Text.en("Approach")),
                new Dimension("D", Text.en("Deployment")),
                new Dimension("L", Text.en("Learning")),
                new Dimension("I", Text.en("Integration"))),
            bands.bands());
    return Rubric.from(MiniRubrics.award())
        .replace(
            Criterion.builder("1.1", Text.en("Senior leaders"))
                .points(40)
                .indicator(Indicator.of("1.1", Text.en("How well do senior leaders lead?"), adli))
                .build())
        .build();
  }

  @Test
  void rating_dimension_valid() {
    // given a dimension the ADLI scale of 1.1 does not have
    Rubric rubric = adliAward();
    Assessment a =
        assessmentOf(rubric)
            .rating(Rating.of("1.1", 55).withDimensions(DimensionRating.of("Q", 55)))
            .build();

    // when / then the message names the indicator, the dimension and the scale's dimensions
    assertThat(violations(rubric, a))
        .containsExactly(
            new Violation(
                "/ratings/0/dimensions/0/dimension",
                "rating.dimension-valid",
                "Q",
                Text.of(
                    "มาตรวัดของตัวชี้วัด '1.1' ไม่มีมิติ 'Q' (มิติที่มี: A, D, L, I)",
                    "the scale of indicator '1.1' has no dimension 'Q' (dimensions: A, D, L, I)"),
                "1.1"));
  }

  @Test
  void rating_dimension_valid_refuses_a_dimension_rated_twice() {
    // given D rated twice
    Rubric rubric = adliAward();
    Assessment a =
        assessmentOf(rubric)
            .rating(
                Rating.of("1.1", 55)
                    .withDimensions(DimensionRating.of("D", 50), DimensionRating.of("D", 55)))
            .build();

    // when / then the second one is named
    assertThat(violations(rubric, a))
        .containsExactly(
            new Violation(
                "/ratings/0/dimensions/1/dimension",
                "rating.dimension-valid",
                "D",
                Text.of(
                    "มิติ 'D' ของตัวชี้วัด '1.1' ถูกประเมินมากกว่าหนึ่งครั้ง",
                    "dimension 'D' of indicator '1.1' is rated more than once"),
                "1.1"));
  }

  @Test
  void rating_dimension_valid_refuses_a_percentage_the_scale_does_not_allow() {
    // given D at 37, between the steps 35 and 40
    Rubric rubric = adliAward();
    Assessment a =
        assessmentOf(rubric)
            .rating(Rating.of("1.1", 55).withDimensions(DimensionRating.of("D", 37)))
            .build();

    // when / then
    assertThat(violations(rubric, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/dimensions/0/value");
              assertThat(v.rule()).isEqualTo("rating.dimension-valid");
              assertThat(v.value()).isEqualTo("37");
              assertThat(v.indicator()).contains("1.1");
              assertThat(v.message().en())
                  .startsWith("dimension 'D' of indicator '1.1': 37 is not an allowed percentage");
              assertThat(v.message().th()).startsWith("มิติ 'D' ของตัวชี้วัด '1.1': ");
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void rating_dimension_valid_only_on_a_band_scale() {
    // given a yes/partial/no indicator given a dimension rating
    Assessment a =
        assessmentOf(checklist)
            .rating(Rating.choice("G1.1", "yes").withDimensions(DimensionRating.of("A", 50)))
            .build();

    // when / then
    assertThat(violations(checklist, a))
        .containsExactly(
            new Violation(
                "/ratings/0/dimensions/0",
                "rating.dimension-valid",
                "A",
                Text.of(
                    "ตัวชี้วัด 'G1.1' ไม่ได้ใช้มาตรวัดแบบช่วงคะแนน จึงประเมินมิติ 'A' ไม่ได้",
                    "indicator 'G1.1' is not rated on a band scale, so dimension 'A' cannot be"
                        + " rated"),
                "G1.1"));
  }

  @Test
  void rating_dimension_valid_only_with_a_rated_value() {
    // given 1.1 marked not applicable, yet with a dimension rated
    Rubric rubric = adliAward();
    Assessment a =
        assessmentOf(rubric)
            .rating(
                Rating.notApplicable("1.1", "no senior leaders")
                    .withDimensions(DimensionRating.of("A", 50)))
            .build();

    // when / then
    assertThat(violations(rubric, a))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/dimensions/0");
              assertThat(v.rule()).isEqualTo("rating.dimension-valid");
              assertThat(v.indicator()).contains("1.1");
              assertThat(v.message().en())
                  .isEqualTo(
                      "indicator '1.1' has no rated value (not applicable or unknown), so"
                          + " dimension 'A' cannot be rated");
            });
  }

  @Test
  void rating_every_dimension_rated() {
    // given a rubric requiring every dimension, and 1.1 rated 55 with A and L only
    Rubric rubric = Rubric.from(adliAward()).requireEveryDimension(true).build();
    Assessment a =
        assessmentOf(rubric)
            .rating(
                Rating.of("1.1", 55)
                    .withDimensions(DimensionRating.of("A", 55), DimensionRating.of("L", 50)))
            .build();

    // when / then D and I are missing, in the scale's order
    assertThat(violations(rubric, a))
        .containsExactly(
            new Violation(
                "/ratings/0/dimensions",
                "rating.every-dimension-rated",
                "D, I",
                Text.of(
                    "ตัวชี้วัด '1.1' ได้ร้อยละ 55 ซึ่งมากกว่า 0 แต่ยังไม่ได้ประเมินมิติ D, I"
                        + " เกณฑ์กำหนดให้ประเมินทุกมิติ",
                    "indicator '1.1' is rated 55, above 0, but dimensions D, I are not rated;"
                        + " the rubric requires every dimension"),
                "1.1"));
  }

  @Test
  void rating_every_dimension_rated_is_not_checked_unless_the_rubric_requires_it_nor_at_0() {
    // given the same ratings under a rubric that does not require it, and 1.2 rated 0 without
    // dimensions under one that does
    Rubric lenient = adliAward();
    Rubric strict = Rubric.from(lenient).requireEveryDimension(true).build();
    Rating partly =
        Rating.of("1.1", 55)
            .withDimensions(DimensionRating.of("A", 55), DimensionRating.of("L", 50));

    // when / then
    assertThat(violations(lenient, assessmentOf(lenient).rating(partly).build())).isEmpty();
    assertThat(
            violations(
                strict,
                assessmentOf(strict)
                    .rating(Rating.of("1.1", 0))
                    .rating(Rating.of("1.2", 55))
                    .build()))
        .extracting(Violation::indicatorId)
        .as("1.1 at 0 needs no dimension; 1.2 has a one-dimension scale with A unrated")
        .containsExactly("1.2");
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

  @Test
  void rating_evidence_required_above_a_declared_percent_covers_the_lowest_band_above_0() {
    // given item 1.1 on bands 0,5 | 10..25 | ..., requiring evidence the old way, and the same
    // rubric declaring evidence above 0 % for category 1
    Rubric old =
        Rubric.from(MiniRubrics.award()).replaceIndicator(band11().requiringEvidence()).build();
    Rubric above0 =
        Rubric.from(MiniRubrics.award())
            .ratingRules("1", RatingRules.NONE.evidenceAbove(0))
            .build();
    Assessment fivePercent = assessmentOf(above0).rating(Rating.of("1.1", 5)).build();
    Assessment zero = assessmentOf(above0).rating(Rating.of("1.1", 0)).build();

    // when / then: 5 % sits in the lowest band, which the old flag exempts
    assertThat(violations(old, assessmentOf(old).rating(Rating.of("1.1", 5)).build())).isEmpty();
    // the declared rule reports it: 5 % of the points is more than 0 %
    assertThat(violations(above0, fivePercent))
        .containsExactly(
            new Violation(
                "/ratings/0/evidence",
                "rating.evidence-required",
                "5",
                Text.of(
                    "ผลการประเมิน 5 ได้เกินร้อยละ 0 ของคะแนนตัวชี้วัด"
                        + " จึงต้องอ้างอิงหลักฐานอย่างน้อยหนึ่งรายการ",
                    "a rating of 5 earns more than 0 % of the indicator's points, so it must"
                        + " cite at least one piece of evidence"),
                "1.1"));
    // and 0 % earns nothing, so needs nothing
    assertThat(violations(above0, zero)).isEmpty();
  }

  @Test
  void rating_strengths_required_above_a_declared_percent() {
    // given strengths required above 50 % for indicator 1.1 itself
    Rubric rubric =
        Rubric.from(MiniRubrics.award())
            .ratingRules("1.1", RatingRules.NONE.strengthsAbove(50))
            .build();
    Assessment at55 = assessmentOf(rubric).rating(Rating.of("1.1", 55)).build();
    Assessment at50 = assessmentOf(rubric).rating(Rating.of("1.1", 50)).build();
    Assessment named =
        assessmentOf(rubric)
            .rating(Rating.of("1.1", 55).withFindings(List.of("clear plan"), List.of()))
            .build();

    // when / then: 55 > 50 needs a strength; 50 is not above 50; a named strength satisfies it
    assertThat(violations(rubric, at55))
        .containsExactly(
            new Violation(
                "/ratings/0/strengths",
                "rating.strengths-required",
                "55",
                Text.of(
                    "ผลการประเมิน 55 ได้เกินร้อยละ 50 ของคะแนนตัวชี้วัด"
                        + " จึงต้องระบุจุดแข็งอย่างน้อยหนึ่งข้อ",
                    "a rating of 55 earns more than 50 % of the indicator's points, so it must"
                        + " name at least one strength"),
                "1.1"));
    assertThat(violations(rubric, at50)).isEmpty();
    assertThat(violations(rubric, named)).isEmpty();
  }

  @Test
  void rating_improvements_required_above_a_declared_percent() {
    // given the whole rubric's categories asking for an opportunity for improvement above 0 %,
    // and item 2.1 declaring its own threshold of 90 %
    Rubric rubric =
        Rubric.from(MiniRubrics.award())
            .ratingRules("1", RatingRules.NONE.improvementsAbove(0))
            .ratingRules("2", RatingRules.NONE.improvementsAbove(0))
            .ratingRules("2.1", RatingRules.NONE.improvementsAbove(90))
            .build();
    Assessment a =
        assessmentOf(rubric).rating(Rating.of("1.2", 10)).rating(Rating.of("2.1", 85)).build();

    // when / then: 1.2 at 10 % > 0 % is reported; 2.1 at 85 % is not above its own 90 %
    assertThat(violations(rubric, a))
        .containsExactly(
            new Violation(
                "/ratings/0/improvements",
                "rating.improvements-required",
                "10",
                Text.of(
                    "ผลการประเมิน 10 ได้เกินร้อยละ 0 ของคะแนนตัวชี้วัด"
                        + " จึงต้องระบุโอกาสในการปรับปรุงอย่างน้อยหนึ่งข้อ",
                    "a rating of 10 earns more than 0 % of the indicator's points, so it must"
                        + " name at least one opportunity for improvement"),
                "1.2"));
    assertThat(rubric.ratingRulesOf("2.1").improvementsAbove()).isEqualByComparingTo("90");
    assertThat(rubric.ratingRulesOf("1.1").improvementsAbove()).isEqualByComparingTo("0");
  }

  private static Indicator band11() {
    return MiniRubrics.band("1.1");
  }
}
