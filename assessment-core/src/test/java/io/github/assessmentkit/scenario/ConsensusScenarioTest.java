package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.consensus.DecisionKind;
import io.github.assessmentkit.consensus.IndicatorSpread;
import io.github.assessmentkit.consensus.Panel;
import io.github.assessmentkit.consensus.Reconciliation;
import io.github.assessmentkit.consensus.Stamp;
import io.github.assessmentkit.consensus.TrailEntry;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.AssessmentValidator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three examiners rate the CQA-like items of the mini award rubric (1.1 = 40 points, 1.2 = 20, 2.1
 * = 40, band scale 0,5 | 10..25 | 30..45 | 50..65 | 70..85 | 90..100), meet, and agree.
 */
class ConsensusScenarioTest {
  private final Rubric rubric = MiniRubrics.award();
  private static final Instant MORNING = Instant.parse("2026-03-12T02:30:00Z");

  /** An examiner's individual assessment: one assessor, one rating per item. */
  private Assessment by(String assessor, int r11, int r12, int r21) {
    Assessment base = MiniRubrics.assessmentOf(rubric).build();
    return Assessment.builder("ext-" + assessor, base.subject(), base.rubric(), base.period())
        .kind(AssessmentKind.EXTERNAL)
        .assessor(new Assessor(assessor, "Examiner " + assessor, "examiner"))
        .rating(Rating.of("1.1", r11).by(assessor))
        .rating(Rating.of("1.2", r12).by(assessor))
        .rating(Rating.of("2.1", r21).by(assessor))
        .build();
  }

  private List<Assessment> examiners() {
    return List.of(by("anong", 35, 50, 40), by("boon", 55, 55, 70), by("chai", 40, 25, 45));
  }

  @Test
  void each_individual_assessment_passes_the_rules_as_it_stands() {
    // one assessor each, one rating per indicator each: rating.one-per-indicator holds per assessor
    for (Assessment a : examiners()) {
      assertThat(AssessmentValidator.validate(rubric, a).isValid()).isTrue();
    }
  }

  @Test
  void a_spread_of_exactly_one_band_is_not_flagged_and_two_bands_are() {
    // given
    Panel panel = Panel.of(rubric, examiners());

    // then 1.1: 35 (band 3), 55 (band 4), 40 (band 3): spread 4 - 3 = 1 band, at the tolerance
    IndicatorSpread i11 = panel.indicator("1.1");
    assertThat(i11.spread()).isEqualByComparingTo("1");
    assertThat(i11.flagged()).isFalse();
    // median of 35, 40, 55 is 40
    assertThat(i11.proposal()).isEqualTo(new RatingState.Rated(RatingValue.of(40)));
    assertThat(i11.lowest()).isEqualTo(RatingValue.of(35));
    assertThat(i11.highest()).isEqualTo(RatingValue.of(55));
    // values by assessor id: anong, boon, chai
    assertThat(i11.values())
        .extracting(v -> v.assessorId())
        .containsExactly("anong", "boon", "chai");
    assertThat(i11.rated())
        .containsExactly(RatingValue.of(35), RatingValue.of(55), RatingValue.of(40));

    // 1.2: 50 (band 4), 55 (band 4), 25 (band 2): spread 4 - 2 = 2 bands, one more: flagged
    IndicatorSpread i12 = panel.indicator("1.2");
    assertThat(i12.spread()).isEqualByComparingTo("2");
    assertThat(i12.flagged()).isTrue();
    // median of 25, 50, 55 is 50
    assertThat(i12.proposal()).isEqualTo(new RatingState.Rated(RatingValue.of(50)));

    // 2.1: 40 (band 3), 70 (band 5), 45 (band 3): spread 2 bands, flagged; median 45
    IndicatorSpread i21 = panel.indicator("2.1");
    assertThat(i21.spread()).isEqualByComparingTo("2");
    assertThat(i21.proposal()).isEqualTo(new RatingState.Rated(RatingValue.of(45)));

    assertThat(panel.flagged())
        .extracting(IndicatorSpread::indicatorId)
        .containsExactly("1.2", "2.1");
  }

  @Test
  void an_override_trail_of_three_entries_one_superseding_another_gives_a_consensus_that_scores() {
    // given
    Panel panel = Panel.of(rubric, examiners());
    Clock clock = Clock.fixed(MORNING.plusSeconds(600), ZoneOffset.UTC);

    // when: 1.2 overridden from the proposed 50 to 25, 2.1 from 45 to 40, then 1.2 again to 45
    Reconciliation r =
        panel
            .reconcile()
            .override(
                "1.2",
                RatingValue.of(25),
                Stamp.at("fac-dara", MORNING),
                Text.of("ไม่มีบันทึกการประชุมคณะกรรมการ", "no board minutes on file"))
            .override(
                "2.1",
                RatingValue.of(40),
                Stamp.at("fac-dara", MORNING.plusSeconds(300)),
                Text.en("member survey covers one year only"))
            .override(
                "1.2",
                RatingValue.of(45),
                Stamp.now("fac-dara", clock),
                Text.of("พบบันทึกการประชุมภายหลัง", "minutes found later"));

    // then three entries; the third supersedes the first and goes from 25 to 45
    ConsensusTrail trail = r.trail();
    assertThat(trail.entries()).hasSize(3);
    TrailEntry third = trail.entries().get(2);
    assertThat(third.number()).isEqualTo(3);
    assertThat(third.kind()).isEqualTo(DecisionKind.OVERRIDE);
    assertThat(third.supersedes()).isEqualTo(1);
    assertThat(third.from()).isEqualTo(new RatingState.Rated(RatingValue.of(25)));
    assertThat(third.to()).isEqualTo(new RatingState.Rated(RatingValue.of(45)));
    assertThat(third.by()).isEqualTo("fac-dara");
    assertThat(third.at()).isEqualTo(Instant.parse("2026-03-12T02:40:00Z"));
    TrailEntry first = trail.entries().get(0);
    assertThat(first.from()).isEqualTo(new RatingState.Rated(RatingValue.of(50)));
    assertThat(first.supersedes()).isNull();
    assertThat(trail.entries().get(1).supersedes()).isNull();
    assertThat(trail.decision("1.2")).contains(third);
    // 1.1 has a proposal and no decision yet
    assertThat(r.pending()).containsExactly("1.1");

    // when the rest is confirmed
    Reconciliation done = r.confirmRemaining(Stamp.at("fac-dara", MORNING.plusSeconds(900)));
    Assessment consensus = done.consensus("consensus-2566");

    // then a fourth entry confirms 1.1 at 40
    assertThat(done.trail().entries()).hasSize(4);
    assertThat(done.trail().entries().get(3).kind()).isEqualTo(DecisionKind.CONFIRM);
    assertThat(r.trail().isExtendedBy(done.trail())).isTrue();
    assertThat(consensus.kind()).isEqualTo(AssessmentKind.CONSENSUS);
    assertThat(consensus.assessors())
        .extracting(Assessor::id)
        .containsExactly("anong", "boon", "chai");
    assertThat(consensus.extensions().fields())
        .containsEntry(Reconciliation.CONSENSUS_OF, "[\"ext-anong\",\"ext-boon\",\"ext-chai\"]")
        .containsEntry(Reconciliation.CONSENSUS_DECISIONS, "{\"1.1\":4,\"1.2\":3,\"2.1\":2}");
    assertThat(consensus.rating("1.2").orElseThrow().rationale()).isEqualTo("minutes found later");
    assertThat(AssessmentValidator.validate(rubric, consensus).isValid()).isTrue();

    // and it scores: 1.1 = 0.40 x 40 = 16.00; 1.2 = 0.45 x 20 = 9.00; 2.1 = 0.40 x 40 = 16.00
    Scorecard card = Scorer.standard().score(rubric, consensus);
    assertThat(card.node("1.1").orElseThrow().earned()).isEqualByComparingTo("16.00");
    assertThat(card.node("1.2").orElseThrow().earned()).isEqualByComparingTo("9.00");
    assertThat(card.node("2.1").orElseThrow().earned()).isEqualByComparingTo("16.00");
    // total 16.00 + 9.00 + 16.00 = 41.00; category 1 = 25.00 of 60 = 41.67 %
    assertThat(card.total()).isEqualTo(new BigDecimal("41.00"));
    assertThat(card.node("1").orElseThrow().percent()).isEqualTo(new BigDecimal("41.67"));
    // 41.00 > 40: "good"; silver needs total > 40 and category 1 >= 40 %: both hold
    assertThat(card.level("overall").orElseThrow().rungId()).isEqualTo("good");
    assertThat(card.award("mini").orElseThrow().tierId()).isEqualTo("silver");
  }
}
