package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Evidence must speak for the fiscal year assessed. The assessments here are of FY 2566 BE, which
 * runs from 1 Oct 2022 to 30 Sep 2023 (2566 − 543 = 2023 CE; the Thai fiscal year starts on 1
 * October of the year before).
 */
class EvidenceValidityTest {
  private final Rubric checklist = MiniRubrics.checklist();

  @Test
  void evidence_collected_in_fy_2550_backing_a_fy_2566_rating_is_reported() {
    // given minutes collected on 15 Mar 2007 (FY 2550 BE: 1 Oct 2006 – 30 Sep 2007)
    Evidence old =
        new Evidence(
            "ev-2550",
            EvidenceKind.DOCUMENT,
            "general meeting minutes 2550",
            null,
            null,
            LocalDate.of(2007, 3, 15),
            io.github.assessmentkit.time.DateRange.of(
                io.github.assessmentkit.time.FiscalYear.ofBuddhistEra(2550)),
            null,
            null,
            Extensions.NONE);
    Assessment assessment =
        assessmentOf(checklist)
            .evidence(old)
            .rating(Rating.choice("G1.1", "yes").withEvidence("ev-2550"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(checklist, assessment);

    // then
    assertThat(card.warnings())
        .filteredOn(w -> w.code().equals("evidence-not-valid"))
        .extracting(ScoreWarning::path)
        .containsExactly("G1.1");
  }
}
