package io.github.assessmentkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.scoring.Strategies;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the examples of a property exercised, so that a property run can show it was not
 * vacuous: enough examples, every strategy and policy, and every kind of gap in the ratings.
 */
public final class Tally {
  private enum Kind {
    RATED,
    NOT_APPLICABLE,
    UNKNOWN
  }

  private static final RatingState.Visitor<Kind> KIND =
      new RatingState.Visitor<>() {
        @Override
        public Kind visitRated(RatingState.Rated state) {
          return Kind.RATED;
        }

        @Override
        public Kind visitNotApplicable(RatingState.NotApplicable state) {
          return Kind.NOT_APPLICABLE;
        }

        @Override
        public Kind visitUnknown(RatingState.Unknown state) {
          return Kind.UNKNOWN;
        }
      };

  private int examples;
  private final Map<String, Integer> counts = new TreeMap<>();

  /**
   * Records one example.
   *
   * @param c the case
   */
  public synchronized void saw(ScoringCases.Case c) {
    examples++;
    bump("strategy " + c.strategy());
    bump("policy " + c.rubric().notApplicablePolicy());
    if (c.rubric().allCriteria().stream().anyMatch(k -> k.strategy() != null)) {
      bump("with overrides");
    }
    if (c.rubric().allCriteria().stream().anyMatch(k -> !k.isLeaf() && depth(k) >= 2)) {
      bump("two levels or more");
    }
    long rated = 0;
    long notApplicable = 0;
    long unknown = 0;
    for (Rating r : c.assessment().ratings()) {
      switch (r.state().accept(KIND)) {
        case RATED -> rated++;
        case NOT_APPLICABLE -> notApplicable++;
        case UNKNOWN -> unknown++;
      }
    }
    if (c.assessment().ratings().size() < c.rubric().indicators().size()) {
      bump("with missing ratings");
    }
    if (notApplicable > 0) {
      bump("with not-applicable ratings");
    }
    if (unknown > 0) {
      bump("with unknown ratings");
    }
    if (rated == c.rubric().indicators().size()) {
      bump("complete");
    }
  }

  /**
   * Records a named event.
   *
   * @param event what happened
   */
  public synchronized void bump(String event) {
    counts.merge(event, 1, Integer::sum);
  }

  /**
   * Returns how often an event happened.
   *
   * @param event the event
   * @return the count
   */
  public synchronized int count(String event) {
    return counts.getOrDefault(event, 0);
  }

  /**
   * Asserts that the run had at least the given number of examples and that each of them exercised
   * a fair share of every strategy, policy and kind of gap.
   *
   * @param wanted the examples asked for
   */
  public synchronized void assertVaried(int wanted) {
    // QuickTheories skips examples it has already tried, so a few fewer than asked may run.
    assertThat(examples)
        .as("examples run; tally %s", counts)
        .isGreaterThanOrEqualTo(wanted * 9 / 10);
    if (Examples.capped()) {
      // A capped count (PIT's test runs ask for a few dozen) is too small a sample to show every
      // kind of case at its usual share; the ordinary build checks the variety.
      return;
    }
    int share = wanted / 20;
    for (String id : Strategies.ALL) {
      assertThat(count("strategy " + id))
          .as("examples with %s; %s", id, counts)
          .isGreaterThan(share);
    }
    for (NotApplicablePolicy p :
        List.of(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE, NotApplicablePolicy.COUNT_AS_MET)) {
      assertThat(count("policy " + p)).as("examples with %s; %s", p, counts).isGreaterThan(share);
    }
    for (String event :
        new String[] {
          "with overrides",
          "two levels or more",
          "with missing ratings",
          "with not-applicable ratings",
          "with unknown ratings",
          "complete"
        }) {
      assertThat(count(event)).as("examples %s; %s", event, counts).isGreaterThan(share);
    }
  }

  private static int depth(Criterion c) {
    int deepest = 0;
    for (Criterion k : c.children()) {
      deepest = Math.max(deepest, depth(k));
    }
    return c.isLeaf() ? 0 : deepest + 1;
  }

  @Override
  public synchronized String toString() {
    return examples + " examples " + counts;
  }
}
