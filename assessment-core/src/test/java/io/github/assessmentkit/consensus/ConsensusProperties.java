package io.github.assessmentkit.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Panels of one to six assessors rating the mixed-scale rubric of {@link PanelTest} at random
 * (values drawn from every scale, now and then not applicable, unknown or not rated), under every
 * rule: the proposal lies within the assessors' range, does not depend on the order of the
 * assessments, and the trail only grows.
 */
class ConsensusProperties {
  private static final int EXAMPLES = Examples.usual(400);
  private static final Rubric RUBRIC = PanelTest.mixed();

  /** A panel's assessments and rule. */
  record Case(List<Assessment> assessments, ConsensusRule rule) {
    Panel panel() {
      return Panel.of(RUBRIC, assessments, rule, null);
    }
  }

  private static Gen<Case> cases() {
    return in -> {
      Draw d = new Draw(in);
      int n = d.between(1, 6);
      List<Assessment> list = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        List<Rating> ratings = new ArrayList<>();
        for (Indicator i : RUBRIC.indicators()) {
          int roll = d.between(1, 10);
          if (roll <= 7) {
            ratings.add(Rating.of(i.id(), d.oneOf(ScoringCases.ascendingValues(i.scale()))));
          } else if (roll == 8) {
            ratings.add(Rating.notApplicable(i.id(), "not here " + a));
          } else if (roll == 9) {
            ratings.add(Rating.unknown(i.id(), null));
          }
        }
        list.add(PanelTest.by(RUBRIC, "x" + a, ratings.toArray(new Rating[0])));
      }
      return new Case(list, d.oneOf(List.of(ConsensusRule.values())));
    };
  }

  private static Scale scale(String indicatorId) {
    return RUBRIC.indicators().stream()
        .filter(i -> i.id().equals(indicatorId))
        .findFirst()
        .orElseThrow()
        .scale();
  }

  @Test
  void the_proposal_never_lies_outside_the_assessors_range() {
    qt().withExamples(EXAMPLES)
        .forAll(cases())
        .checkAssert(
            c -> {
              for (IndicatorSpread s : c.panel().indicators()) {
                List<RatingValue> rated = s.rated();
                if (rated.isEmpty()) {
                  assertThat(s.spread()).isNull();
                  continue;
                }
                Scale scale = scale(s.indicatorId());
                Steps steps = Steps.of(scale);
                RatingValue proposed = ((RatingState.Rated) s.proposal()).value();
                assertThat(scale.reject(proposed)).isEmpty();
                // no rated value earns less than the lowest, or more than the highest
                BigDecimal low = steps.order(s.lowest());
                BigDecimal high = steps.order(s.highest());
                for (RatingValue v : rated) {
                  assertThat(steps.order(v)).isBetween(low, high);
                }
                assertThat(steps.order(proposed)).isBetween(low, high);
                // and so by what it earns
                assertThat(scale.fraction(proposed))
                    .isBetween(scale.fraction(s.lowest()), scale.fraction(s.highest()));
                assertThat(s.spread()).isNotNegative();
                assertThat(s.flagged())
                    .isEqualTo(s.applicabilitySplit() || s.spread().compareTo(s.tolerance()) > 0);
              }
            });
  }

  @Test
  void the_proposal_does_not_depend_on_the_order_of_the_assessments() {
    qt().withExamples(EXAMPLES)
        .forAll(
            in -> {
              Case c = cases().generate(in);
              return Map.entry(c, new Case(new Draw(in).shuffled(c.assessments()), c.rule()));
            })
        .checkAssert(
            pair -> {
              Panel given = pair.getKey().panel();
              Panel shuffled = pair.getValue().panel();
              assertThat(shuffled.indicators()).isEqualTo(given.indicators());
              assertThat(shuffled.assessmentIds()).isEqualTo(given.assessmentIds());
            });
  }

  @Test
  void the_trail_only_grows() {
    qt().withExamples(EXAMPLES)
        .forAll(
            in -> {
              Case c = cases().generate(in);
              Draw d = new Draw(in);
              int steps = d.between(1, 12);
              List<Integer> choices = new ArrayList<>();
              for (int k = 0; k < steps * 2; k++) {
                choices.add(d.between(0, 99));
              }
              return Map.entry(c, choices);
            })
        .checkAssert(
            pair -> {
              Panel panel = pair.getKey().panel();
              List<Integer> choices = pair.getValue();
              Reconciliation r = panel.reconcile();
              Instant at = Instant.parse("2026-01-01T00:00:00Z");
              for (int k = 0; k + 1 < choices.size(); k += 2) {
                List<IndicatorSpread> all = panel.indicators();
                IndicatorSpread s = all.get(choices.get(k) % all.size());
                ConsensusTrail before = r.trail();
                Integer previous =
                    before.decision(s.indicatorId()).map(TrailEntry::number).orElse(null);
                Stamp stamp = Stamp.at("fac", at.plusSeconds(k));
                if (s.proposal() != null && choices.get(k + 1) % 2 == 0) {
                  r = r.confirm(s.indicatorId(), stamp);
                } else {
                  List<RatingValue> values = ScoringCases.ascendingValues(scale(s.indicatorId()));
                  r =
                      r.override(
                          s.indicatorId(),
                          values.get(choices.get(k + 1) % values.size()),
                          stamp,
                          Text.en("reason " + k));
                }
                ConsensusTrail after = r.trail();
                assertThat(before.isExtendedBy(after)).isTrue();
                assertThat(after.isExtendedBy(before)).isFalse();
                assertThat(after.entries()).hasSize(before.entries().size() + 1);
                assertThat(after.entries().subList(0, before.entries().size()))
                    .isEqualTo(before.entries());
                TrailEntry last = after.entries().get(after.entries().size() - 1);
                assertThat(last.supersedes()).isEqualTo(previous);
                assertThat(after.decision(s.indicatorId())).contains(last);
              }
            });
  }
}
