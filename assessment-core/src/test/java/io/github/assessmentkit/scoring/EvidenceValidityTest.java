package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.DateRange;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evidence must speak for the fiscal year assessed. The assessments here are of FY 2566 BE, which
 * runs from 1 Oct 2022 to 30 Sep 2023 (2566 − 543 = 2023 CE; the Thai fiscal year starts on 1
 * October of the year before).
 */
class EvidenceValidityTest {
  private final Rubric checklist = MiniRubrics.checklist();

  /** Minutes collected on 15 Mar 2007, in FY 2550 BE (1 Oct 2006 – 30 Sep 2007). */
  private final Evidence minutes2550 =
      Evidence.of("ev-2550", EvidenceKind.DOCUMENT, "general meeting minutes 2550")
          .withCollectedOn(LocalDate.of(2007, 3, 15));

  private Assessment citing(Rubric rubric, Evidence evidence) {
    return assessmentOf(rubric)
        .evidence(evidence)
        .rating(Rating.choice("G1.1", "yes").withEvidence(evidence.id()))
        .build();
  }

  @Test
  void evidence_collected_in_fy_2550_backing_a_fy_2566_rating_is_reported() {
    // given minutes of FY 2550 backing G1.1 in FY 2566
    Assessment assessment = citing(checklist, minutes2550);

    // when
    Scorecard card = Scorer.standard().score(checklist, assessment);

    // then the scorecard warns, naming the indicator and the evidence
    assertThat(card.warnings())
        .filteredOn(w -> w.code().equals("evidence-not-valid"))
        .containsExactly(
            new ScoreWarning(
                "evidence-not-valid",
                "G1.1",
                Text.of(
                    "ตัวชี้วัด 'G1.1' อ้างอิงหลักฐานที่ใช้ไม่ได้กับปีที่ประเมิน: หลักฐาน 'ev-2550'"
                        + " เก็บเมื่อ 2007-03-15 ก่อนเริ่มปีงบประมาณ พ.ศ. 2566"
                        + " และไม่ระบุช่วงเวลาที่ใช้ได้",
                    "indicator 'G1.1' cites evidence not valid for the year assessed: evidence"
                        + " 'ev-2550' was collected on 2007-03-15, before Fiscal year 2023 (B.E."
                        + " 2566) began, and states no period it speaks for")));
  }

  @Test
  void a_warning_does_not_change_the_score() {
    // given
    Assessment old = citing(checklist, minutes2550);
    Assessment none = assessmentOf(checklist).rating(Rating.choice("G1.1", "yes")).build();

    // when
    Scorecard warned = Scorer.standard().score(checklist, old);
    Scorecard plain = Scorer.standard().score(checklist, none);

    // then G1.1 yes earns exactly 100/3 (G1 = 200/3 by weight 2 of 3, two indicators), shown
    // 33.33, either way
    assertThat(warned.total()).isEqualByComparingTo(new BigDecimal("33.33"));
    assertThat(warned.total()).isEqualByComparingTo(plain.total());
    assertThat(warned.warnings()).hasSize(plain.warnings().size() + 1);
  }

  @Test
  void an_error_by_the_rubric_stops_scoring() {
    // given a rubric that treats evidence not valid for the year as an error
    Rubric strict = Rubric.from(checklist).evidenceValidity(Severity.ERROR).build();
    Assessment assessment = citing(strict, minutes2550);

    // when / then
    assertThatExceptionOfType(InvalidAssessmentException.class)
        .isThrownBy(() -> Scorer.standard().score(strict, assessment))
        .satisfies(
            e ->
                assertThat(e.report().errors())
                    .extracting(Violation::rule)
                    .containsExactly("evidence.valid-for-period"));
  }

  @Test
  void effective_period_not_covering_the_year_is_reported() {
    // given a report effective 1 Oct 2022 – 31 Mar 2023: the first half of FY 2566 only (a)
    Evidence half =
        Evidence.of("ev-half", EvidenceKind.RECORD, "half-year report")
            .withEffective(new DateRange(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 3, 31)));

    // when
    Scorecard card = Scorer.standard().score(checklist, citing(checklist, half));

    // then
    assertThat(card.warnings())
        .filteredOn(w -> w.code().equals("evidence-not-valid"))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.message().get(Language.EN))
                    .endsWith(
                        "evidence 'ev-half' speaks for 2022-10-01 to 2023-03-31, which does not"
                            + " cover Fiscal year 2023 (B.E. 2566)"));
  }

  @Test
  void expiry_before_the_year_ends_is_reported() {
    // given a licence that holds up to 30 Jun 2023, three months before FY 2566 ends (b)
    Evidence licence =
        Evidence.of("ev-licence", EvidenceKind.DOCUMENT, "licence")
            .withExpiry(LocalDate.of(2023, 6, 30));

    // when
    Scorecard card = Scorer.standard().score(checklist, citing(checklist, licence));

    // then
    assertThat(evidenceWarnings(card))
        .singleElement()
        .asString()
        .endsWith(
            "evidence 'ev-licence' expires on 2023-06-30, before the end of Fiscal year 2023"
                + " (B.E. 2566)");
  }

  @Test
  void collected_after_the_closing_window_is_reported() {
    // given minutes collected on 1 Mar 2024: FY 2566 ended on 30 Sep 2023, and its closing window
    // of 150 days ended on 27 Feb 2024 (31 Oct is day 31, 30 Nov 61, 31 Dec 92, 31 Jan 123,
    // 27 Feb 150) (c)
    Evidence late =
        Evidence.of("ev-late", EvidenceKind.DOCUMENT, "minutes")
            .withCollectedOn(LocalDate.of(2024, 3, 1));

    // when
    Scorecard card = Scorer.standard().score(checklist, citing(checklist, late));

    // then
    assertThat(evidenceWarnings(card))
        .singleElement()
        .asString()
        .endsWith(
            "evidence 'ev-late' was collected on 2024-03-01, more than 150 days after the end of"
                + " Fiscal year 2023 (B.E. 2566)");
  }

  @Test
  void evidence_of_the_year_is_not_reported() {
    // given evidence effective for the whole year, expiring on its last day, collected when the
    // year was closed (15 Dec 2023, 76 days after 30 Sep 2023)
    Evidence good =
        Evidence.of("ev-good", EvidenceKind.DOCUMENT, "audited statements 2566")
            .withEffective(DateRange.of(FiscalYear.ofBuddhistEra(2566)))
            .withExpiry(LocalDate.of(2023, 9, 30))
            .withCollectedOn(LocalDate.of(2023, 12, 15));

    // when
    Scorecard card = Scorer.standard().score(checklist, citing(checklist, good));

    // then
    assertThat(card.warnings()).noneMatch(w -> w.code().equals("evidence-not-valid"));
  }

  @Test
  void each_citation_is_reported_once_in_rubric_order() {
    // given G2.1 and then G1.1 both citing the old minutes
    Assessment assessment =
        assessmentOf(checklist)
            .evidence(minutes2550)
            .rating(Rating.choice("G2.1", "yes").withEvidence("ev-2550"))
            .rating(Rating.choice("G1.1", "yes").withEvidence("ev-2550"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(checklist, assessment);

    // then
    assertThat(card.warnings())
        .filteredOn(w -> w.code().equals("evidence-not-valid"))
        .extracting(ScoreWarning::path)
        .containsExactly("G1.1", "G2.1");
  }

  /** {@return the English messages of the card's evidence-validity warnings, in order} */
  private static List<String> evidenceWarnings(Scorecard card) {
    return card.warnings().stream()
        .filter(w -> w.code().equals("evidence-not-valid"))
        .map(w -> w.message().get(Language.EN))
        .toList();
  }
}
