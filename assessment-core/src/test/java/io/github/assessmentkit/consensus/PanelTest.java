package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTest {
  private static final Subject COOP =
      new Subject("coop-1", Text.en("Test cooperative"), OrganisationType.SAVINGS, null);
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2566);
  private static final Stamp FAC = Stamp.at("fac", Instant.parse("2026-01-05T03:00:00Z"));

  /**
   * One criterion with an indicator per kind of scale: B (bands), L (levels 0-4), P
   * (yes/partial/no), Y (yes/no), K (Likert 1-5), N (0 to 10 in steps of 0.5), U (0 to 10, any), M
   * (a cost ratio, lower is better: at most 0.30 fair, at most 0.20 good).
   */
  static Rubric mixed() {
    return Rubric.builder("mixed", "1")
        .title(Text.en("Mixed scales"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("C", Text.en("All"))
                .kind(CriterionKind.CHECKLIST)
                .points(70)
                .indicator(MiniRubrics.band("B"))
                .indicator(Indicator.of("L", Text.en("level?"), MiniRubrics.levels()))
                .indicator(Indicator.of("P", Text.en("in place?"), YesPartialNoScale.STANDARD))
                .indicator(Indicator.of("Y", Text.en("yes?"), YesNoScale.STANDARD))
                .indicator(
                    Indicator.of(
                        "K", Text.en("agree?"), new LikertScale(5, Text.en("no"), Text.en("yes"))))
                .indicator(
                    Indicator.of(
                        "N",
                        Text.en("score?"),
                        NumericScale.of(Text.en("score"), 0, 10).withStep(new BigDecimal("0.5"))))
                .indicator(
                    Indicator.of("U", Text.en("any?"), NumericScale.of(Text.en("any"), 0, 10)))
                .indicator(
                    Indicator.of(
                        "M",
                        Text.en("cost ratio?"),
                        new MeasureScale(
                            "ratio",
                            Direction.LOWER_IS_BETTER,
                            null,
                            List.of(
                                new Threshold(
                                    new BigDecimal("0.30"), new BigDecimal("0.5"), Text.en("fair")),
                                new Threshold(
                                    new BigDecimal("0.20"), BigDecimal.ONE, Text.en("good"))),
                            Text.en("poor"))))
                .build())
        .build();
  }

  static Assessment by(Rubric rubric, String assessor, Rating... ratings) {
    var b =
        Assessment.builder("a-" + assessor, COOP, rubric.ref(), YEAR)
            .kind(AssessmentKind.EXTERNAL)
            .assessor(new Assessor(assessor, assessor, null));
    for (Rating r : ratings) {
      b.rating(r.by(assessor));
    }
    return b.build();
  }

  private static Panel panel(ConsensusRule rule, List<List<Rating>> perAssessor) {
    Rubric rubric = mixed();
    List<Assessment> list = new ArrayList<>();
    for (int i = 0; i < perAssessor.size(); i++) {
      list.add(by(rubric, "x" + i, perAssessor.get(i).toArray(new Rating[0])));
    }
    return Panel.of(rubric, list, rule, null);
  }

  @Test
  void any_disagreement_on_yes_no_is_flagged_and_one_step_elsewhere_is_not() {
    Panel p =
        panel(
            ConsensusRule.MEDIAN_STEP,
            List.of(
                List.of(
                    Rating.choice("Y", "yes"),
                    Rating.choice("P", "partial"),
                    Rating.choice("L", "1"),
                    Rating.of("K", 2)),
                List.of(
                    Rating.choice("Y", "no"),
                    Rating.choice("P", "yes"),
                    Rating.choice("L", "2"),
                    Rating.of("K", 4))));
    // yes/no: no to yes is one step, tolerance 0
    assertThat(p.indicator("Y").spread()).isEqualByComparingTo("1");
    assertThat(p.indicator("Y").tolerance()).isEqualByComparingTo("0");
    assertThat(p.indicator("Y").flagged()).isTrue();
    // partial to yes: one step, tolerance 1
    assertThat(p.indicator("P").spread()).isEqualByComparingTo("1");
    assertThat(p.indicator("P").flagged()).isFalse();
    // level 1 to 2: one step
    assertThat(p.indicator("L").flagged()).isFalse();
    // Likert 2 to 4: two points, flagged; median step of 2 and 4 with two values is 3
    assertThat(p.indicator("K").spread()).isEqualByComparingTo("2");
    assertThat(p.indicator("K").flagged()).isTrue();
    assertThat(p.indicator("K").proposal()).isEqualTo(new RatingState.Rated(RatingValue.of(3)));
    // even count on yes/no: halfway from no (0) to yes (1) is 0.5, the lower step: no
    assertThat(p.indicator("Y").proposal())
        .isEqualTo(new RatingState.Rated(RatingValue.choice("no")));
    // B was rated by nobody: nothing to propose, no spread
    assertThat(p.indicator("B").proposal()).isNull();
    assertThat(p.indicator("B").spread()).isNull();
    assertThat(p.indicator("B").values()).allMatch(v -> v.state() == null);
  }

  @Test
  void median_step_lower_middle_and_majority_differ_on_four_band_ratings() {
    // 40, 45, 60, 70: the middles are 45 and 60
    List<List<Rating>> four =
        List.of(
            List.of(Rating.of("B", 70)),
            List.of(Rating.of("B", 45)),
            List.of(Rating.of("B", 60)),
            List.of(Rating.of("B", 40)));
    // median step: 45 is allowed value 9 of 0,5,...; 60 is 12; halfway (9 + 12) / 2 = 10.5 -> 10:
    // 50
    assertThat(panel(ConsensusRule.MEDIAN_STEP, four).indicator("B").proposal())
        .isEqualTo(new RatingState.Rated(RatingValue.of(50)));
    // lower middle: 45
    assertThat(panel(ConsensusRule.LOWER_MIDDLE, four).indicator("B").proposal())
        .isEqualTo(new RatingState.Rated(RatingValue.of(45)));
    // majority: every value once, a four-way tie, broken toward the lowest: 40
    assertThat(panel(ConsensusRule.MAJORITY, four).indicator("B").proposal())
        .isEqualTo(new RatingState.Rated(RatingValue.of(40)));
    // spread: 40 in band 3, 70 in band 5: two bands
    assertThat(panel(ConsensusRule.MAJORITY, four).indicator("B").spread())
        .isEqualByComparingTo("2");
  }

  @Test
  void majority_takes_the_most_frequent_choice_and_breaks_ties_low() {
    Panel p =
        panel(
            ConsensusRule.MAJORITY,
            List.of(
                List.of(Rating.choice("P", "yes"), Rating.choice("Y", "yes")),
                List.of(Rating.choice("P", "partial"), Rating.choice("Y", "no")),
                List.of(Rating.choice("P", "yes"), Rating.choice("Y", "yes")),
                List.of(Rating.choice("P", "no"), Rating.choice("Y", "no"))));
    // P: yes twice, partial once, no once -> yes
    assertThat(p.indicator("P").proposal())
        .isEqualTo(new RatingState.Rated(RatingValue.choice("yes")));
    // Y: yes twice, no twice -> the lower: no
    assertThat(p.indicator("Y").proposal())
        .isEqualTo(new RatingState.Rated(RatingValue.choice("no")));
  }

  @Test
  void numeric_spread_counts_grid_steps_or_units() {
    Panel p =
        panel(
            ConsensusRule.MEDIAN_STEP,
            List.of(
                List.of(Rating.of("N", RatingValue.of(new BigDecimal("6.5"))), Rating.of("U", 3)),
                List.of(Rating.of("N", 7), Rating.of("U", RatingValue.of(new BigDecimal("4.5"))))));
    // 6.5 to 7 on a grid of 0.5: one step, not flagged; halfway of steps 13 and 14 -> 13: 6.5
    assertThat(p.indicator("N").spread()).isEqualByComparingTo("1");
    assertThat(p.indicator("N").flagged()).isFalse();
    assertThat(p.indicator("N").proposal().accept(new Value())).isEqualByComparingTo("6.5");
    // 3 to 4.5 with no grid: 1.5 units, flagged; halfway (3 + 4.5) / 2 = 3.75
    assertThat(p.indicator("U").spread()).isEqualByComparingTo("1.5");
    assertThat(p.indicator("U").flagged()).isTrue();
    assertThat(p.indicator("U").proposal().accept(new Value())).isEqualByComparingTo("3.75");
  }

  @Test
  void a_measure_counts_thresholds_and_orders_by_what_is_better() {
    Panel p =
        panel(
            ConsensusRule.MEDIAN_STEP,
            List.of(
                List.of(Rating.of("M", RatingValue.of(new BigDecimal("0.35")))),
                List.of(Rating.of("M", RatingValue.of(new BigDecimal("0.18")))),
                List.of(Rating.of("M", RatingValue.of(new BigDecimal("0.25"))))));
    // 0.35 reaches no threshold (0 steps), 0.18 reaches both (2): spread 2, flagged
    assertThat(p.indicator("M").spread()).isEqualByComparingTo("2");
    assertThat(p.indicator("M").flagged()).isTrue();
    // lower is better, so the one earning least is 0.35 and the one earning most 0.18
    assertThat(p.indicator("M").lowest()).isEqualTo(RatingValue.of(new BigDecimal("0.35")));
    assertThat(p.indicator("M").highest()).isEqualTo(RatingValue.of(new BigDecimal("0.18")));
    assertThat(p.indicator("M").proposal().accept(new Value())).isEqualByComparingTo("0.25");
  }

  @Test
  void a_declared_tolerance_replaces_each_scales_default() {
    Rubric rubric = mixed();
    Panel p =
        Panel.of(
            rubric,
            List.of(
                by(rubric, "a", Rating.of("B", 25), Rating.choice("Y", "no")),
                by(rubric, "b", Rating.of("B", 55), Rating.choice("Y", "yes"))),
            ConsensusRule.MEDIAN_STEP,
            BigDecimal.valueOf(2));
    // band 2 to band 4: 2 steps, at the declared tolerance of 2
    assertThat(p.indicator("B").flagged()).isFalse();
    assertThat(p.indicator("Y").flagged()).isFalse();
    assertThat(p.tolerance()).contains(BigDecimal.valueOf(2));
  }

  @Test
  void not_applicable_is_proposed_only_when_nobody_rated_and_a_split_is_flagged() {
    Panel p =
        panel(
            ConsensusRule.MEDIAN_STEP,
            List.of(
                List.of(
                    Rating.notApplicable("B", "no store"), Rating.notApplicable("L", "no fund")),
                List.of(Rating.of("B", 30), Rating.unknown("L", null)),
                List.of(Rating.of("B", 35))));
    IndicatorSpread b = p.indicator("B");
    assertThat(b.applicabilitySplit()).isTrue();
    assertThat(b.flagged()).isTrue();
    assertThat(b.spread()).isEqualByComparingTo("0");
    // 30, 35: halfway between values 6 and 7 -> 6: 30
    assertThat(b.proposal()).isEqualTo(new RatingState.Rated(RatingValue.of(30)));
    IndicatorSpread l = p.indicator("L");
    assertThat(l.proposal()).isEqualTo(new RatingState.NotApplicable("no fund"));
    assertThat(l.flagged()).isFalse();
  }

  @Test
  void mixing_subjects_rubrics_or_years_is_refused_naming_the_assessment() {
    Rubric rubric = mixed();
    Assessment a = by(rubric, "a");
    Assessment other =
        Assessment.builder(
                "a-b",
                new Subject("coop-2", Text.en("Other"), OrganisationType.SAVINGS, null),
                rubric.ref(),
                YEAR)
            .assessor(new Assessor("b", "b", null))
            .build();
    assertThatThrownBy(() -> Panel.of(rubric, List.of(a, other)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("assessment 'a-b' is of another subject: 'coop-2', the panel's is 'coop-1'");
    Assessment lastYear =
        Assessment.builder("a-c", COOP, rubric.ref(), FiscalYear.ofBuddhistEra(2565))
            .assessor(new Assessor("c", "c", null))
            .build();
    assertThatThrownBy(() -> Panel.of(rubric, List.of(a, lastYear)))
        .hasMessageStartingWith("assessment 'a-c' is of another fiscal year");
    Assessment v2 =
        Assessment.builder("a-d", COOP, RubricRef.parse("mixed@2"), YEAR)
            .assessor(new Assessor("d", "d", null))
            .build();
    assertThatThrownBy(() -> Panel.of(rubric, List.of(a, v2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("assessment 'a-d' is of another rubric: 'mixed@2', the panel's is 'mixed@1'")
        .satisfies(
            e ->
                assertThat(((Bilingual) e).text().get(Language.TH))
                    .isEqualTo(
                        "การประเมิน 'a-d' ต่างเกณฑ์: 'mixed@2' แต่ของคณะผู้ประเมินคือ 'mixed@1'"));
  }

  @Test
  void an_assessment_must_list_exactly_one_assessor_who_appears_once() {
    Rubric rubric = mixed();
    Assessment none = Assessment.builder("a-none", COOP, rubric.ref(), YEAR).build();
    assertThatThrownBy(() -> Panel.of(rubric, List.of(none)))
        .hasMessage(
            "assessment 'a-none' lists 0 assessors; each individual assessment lists exactly one");
    Assessment again =
        Assessment.builder("a-z", COOP, rubric.ref(), YEAR)
            .assessor(new Assessor("a", "a", null))
            .build();
    assertThatThrownBy(() -> Panel.of(rubric, List.of(by(rubric, "a"), again)))
        .hasMessage("assessment 'a-z' is by assessor 'a', who already rated in assessment 'a-a'");
    assertThatThrownBy(() -> Panel.of(rubric, List.of(by(rubric, "a"), by(rubric, "a"))))
        .hasMessage("assessment 'a-a' is in the panel twice");
    assertThatThrownBy(() -> Panel.of(rubric, List.of()))
        .hasMessage("a panel needs at least one assessment");
    Assessment consensus = by(rubric, "q").toBuilder().kind(AssessmentKind.CONSENSUS).build();
    assertThatThrownBy(() -> Panel.of(rubric, List.of(consensus)))
        .hasMessage("assessment 'a-q' is itself a consensus, not an individual assessment");
  }

  @Test
  void decisions_are_checked_and_every_proposal_must_be_decided() {
    Panel p = panel(ConsensusRule.MEDIAN_STEP, List.of(List.of(Rating.of("B", 30))));
    Reconciliation r = p.reconcile();
    assertThatThrownBy(() -> r.override("B", RatingValue.of(37), FAC, Text.en("why")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> r.override("nope", RatingValue.of(30), FAC, Text.en("why")))
        .hasMessage("indicator 'nope' is not in the rubric");
    assertThatThrownBy(() -> r.confirm("L", FAC))
        .hasMessage(
            "nothing to confirm for indicator 'L': no assessor rated it; override it instead");
    assertThatThrownBy(() -> r.consensus("c"))
        .isInstanceOf(ConflictingStateException.class)
        .hasMessage("no decision yet on indicators 'B'");
    // an override of an indicator nobody rated is allowed, and the earlier reconciliation is
    // unchanged
    Reconciliation more = r.override("L", RatingValue.choice("2"), FAC, Text.en("seen on site"));
    assertThat(more.trail().entries().get(0).from()).isNull();
    assertThat(r.trail().entries()).isEmpty();
    Assessment c = more.confirm("B", FAC).consensus("c");
    assertThat(c.ratings()).extracting(Rating::indicatorId).containsExactly("B", "L");
    assertThat(c.rating("B").orElseThrow().rationale()).isNull();
  }

  @Test
  void a_trail_cannot_hide_a_removed_or_rewritten_entry() {
    Panel p = panel(ConsensusRule.MEDIAN_STEP, List.of(List.of(Rating.of("B", 30))));
    ConsensusTrail t =
        p.reconcile()
            .override("B", RatingValue.of(35), FAC, Text.en("one"))
            .override("B", RatingValue.of(40), FAC, Text.en("two"))
            .trail();
    TrailEntry second = t.entries().get(1);
    // drop the first entry: the second is now misnumbered
    assertThatThrownBy(
            () ->
                new ConsensusTrail(
                    t.subjectId(), t.rubric(), t.period(), t.assessmentIds(), List.of(second)))
        .hasMessage("trail entry 2 should be numbered 1: entries count from 1 without gaps");
    // rewrite the second so it no longer supersedes the first
    TrailEntry rewritten =
        new TrailEntry(
            2,
            "B",
            DecisionKind.OVERRIDE,
            "fac",
            second.at(),
            second.from(),
            second.to(),
            second.reason(),
            null);
    assertThatThrownBy(
            () ->
                new ConsensusTrail(
                    t.subjectId(),
                    t.rubric(),
                    t.period(),
                    t.assessmentIds(),
                    List.of(t.entries().get(0), rewritten)))
        .hasMessage(
            "trail entry 2 must supersede entry 1, the earlier decision on its indicator, not none");
    assertThatThrownBy(
            () ->
                new TrailEntry(
                    1,
                    "B",
                    DecisionKind.OVERRIDE,
                    "fac",
                    second.at(),
                    null,
                    second.to(),
                    null,
                    null))
        .hasMessage("trail entry 1 overrides without a reason");
    // resuming from the trail goes on numbering
    Reconciliation resumed = Reconciliation.resume(p, t).confirm("B", FAC);
    assertThat(resumed.trail().entries().get(2).supersedes()).isEqualTo(2);
    assertThat(resumed.trail().entries().get(2).from())
        .isEqualTo(new RatingState.Rated(RatingValue.of(40)));
    assertThat(resumed.trail().entries().get(2).to())
        .isEqualTo(new RatingState.Rated(RatingValue.of(30)));
  }

  /** The number of a rated state. */
  private static final class Value implements RatingState.Visitor<BigDecimal> {
    @Override
    public BigDecimal visitRated(RatingState.Rated state) {
      return state.value().asNumber().orElseThrow();
    }

    @Override
    public BigDecimal visitNotApplicable(RatingState.NotApplicable state) {
      throw new AssertionError("not applicable");
    }

    @Override
    public BigDecimal visitUnknown(RatingState.Unknown state) {
      throw new AssertionError("unknown");
    }
  }
}
