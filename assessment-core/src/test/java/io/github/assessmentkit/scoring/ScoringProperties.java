package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.testing.ScoringCases.Case;
import io.github.assessmentkit.testing.Tally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of scoring that hold for every rubric, assessment and built-in strategy, checked on
 * random small trees (see {@link ScoringCases}).
 */
class ScoringProperties {
  private static final int EXAMPLES = Examples.usual(500);
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private final Scorer scorer = Scorer.standard();

  private Scorecard score(Case c) {
    return scorer.score(c.rubric(), c.assessment(), c.strategy());
  }

  @Test
  void every_node_earns_from_zero_to_its_possible_points() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              tally.saw(c);
              Scorecard card = score(c);
              card.root().stream()
                  .forEach(
                      n -> {
                        assertThat(n.earned())
                            .as("earned at %s", n.id())
                            .isBetween(ZERO, n.possible());
                        assertThat(n.earned().scale()).as("scale at %s", n.id()).isEqualTo(2);
                        assertThat(n.possible().scale()).as("scale at %s", n.id()).isEqualTo(2);
                        n.indicators().stream()
                            .filter(line -> line.earned() != null)
                            .forEach(
                                line ->
                                    assertThat(line.earned())
                                        .as("earned by %s", line.indicatorId())
                                        .isBetween(ZERO, line.possible()));
                      });
            });
    tally.assertVaried(EXAMPLES);
  }

  @Test
  void raising_one_rated_value_never_lowers_any_node() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.raises())
        .checkAssert(
            r -> {
              tally.saw(r.base());
              Rubric rubric = r.base().rubric();
              Scorecard low = scorer.score(rubric, r.lowered(), r.base().strategy());
              Scorecard high = scorer.score(rubric, r.raised(), r.base().strategy());
              // exact points and percents never drop; shown points may trade one cent between
              // siblings, as largest-remainder rounding moves the cents left to other parts
              low.root().stream()
                  .forEach(
                      n -> {
                        NodeScore raised = high.node(n.id()).orElseThrow();
                        assertThat(raised.exactEarned())
                            .as("%s after raising %s", n.id(), r.indicatorId())
                            .isGreaterThanOrEqualTo(n.exactEarned());
                        assertThat(raised.percent())
                            .as("percent of %s after raising %s", n.id(), r.indicatorId())
                            .isGreaterThanOrEqualTo(n.percent());
                      });
              if (high.total().compareTo(low.total()) > 0) {
                tally.bump("raised the total");
              }
            });
    tally.assertVaried(EXAMPLES);
    // not vacuous: a good share of the raises moved the total (the rest hit a weakest link, an
    // all-or-nothing gate, a value earning as much as the one below it, or a zero-point part)
    assertThat(tally.count("raised the total")).as("%s", tally).isGreaterThan(EXAMPLES / 4);
  }

  @Test
  void the_order_of_ratings_and_evidence_does_not_change_the_scorecard() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.reorderings())
        .checkAssert(
            r -> {
              tally.saw(r.base());
              Case c = r.base();
              if (!r.reordered().ratings().equals(c.assessment().ratings())) {
                tally.bump("reordered");
              }
              assertThat(scorer.score(c.rubric(), r.reordered(), c.strategy())).isEqualTo(score(c));
            });
    tally.assertVaried(EXAMPLES);
    assertThat(tally.count("reordered")).as("%s", tally).isGreaterThan(EXAMPLES / 2);
  }

  @Test
  void scoring_the_same_inputs_twice_gives_equal_scorecards() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              tally.saw(c);
              Scorecard first = score(c);
              Scorecard again = score(c);
              // and from equal copies built afresh
              Scorecard copy =
                  scorer.score(
                      Rubric.from(c.rubric()).build(),
                      c.assessment().toBuilder().build(),
                      c.strategy());
              assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
              assertThat(copy).isEqualTo(first);
              assertThat(copy.toString()).isEqualTo(first.toString());
            });
    tally.assertVaried(EXAMPLES);
  }

  @Test
  void the_not_applicable_policy_keeps_the_declared_maximum() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.casesWithSomethingApplicable())
        .checkAssert(
            c -> {
              tally.saw(c);
              Rubric rubric = c.rubric();
              Scorecard card = score(c);
              BigDecimal declared = rubric.totalPoints().setScale(2, RoundingMode.HALF_EVEN);
              assertThat(card.possible()).isEqualTo(declared);
              // every applicable node hands all its points down to its applicable parts
              card.root().stream().filter(NodeScore::applicable).forEach(n -> handsDownAll(n));
              // nodes left out earn and offer nothing
              card.root().stream()
                  .filter(n -> !n.applicable())
                  .forEach(
                      n -> {
                        assertThat(n.possible()).isZero();
                        assertThat(n.earned()).isZero();
                      });
              // a node is left out exactly when the policy excludes and all below it is N/A
              for (Criterion k : rubric.allCriteria()) {
                if (!k.kind().isScored()) {
                  continue;
                }
                card.node(k.id())
                    .ifPresent(
                        n ->
                            assertThat(n.applicable())
                                .as("applicable %s", k.id())
                                .isEqualTo(
                                    rubric.notApplicablePolicy() == NotApplicablePolicy.COUNT_AS_MET
                                        || hasApplicableIndicator(k, c.assessment())));
              }
              // with every applicable indicator at the top of its scale, the whole is earned
              AssessmentBuilder best = c.assessment().toBuilder();
              for (Indicator i : rubric.indicators()) {
                if (!isNotApplicable(c.assessment(), i.id())) {
                  best.rerate(Rating.of(i.id(), ScoringCases.top(i.scale())));
                }
              }
              Scorecard top = scorer.score(rubric, best.build(), c.strategy());
              assertThat(top.total()).as("total at the top of every scale").isEqualTo(declared);
              if (c.assessment().ratings().stream()
                  .anyMatch(r -> r.state() instanceof RatingState.NotApplicable)) {
                tally.bump("kept the maximum despite N/A");
              }
            });
    tally.assertVaried(EXAMPLES);
    assertThat(tally.count("kept the maximum despite N/A")).isGreaterThan(EXAMPLES / 4);
  }

  @Test
  void unrated_and_unknown_indicators_lower_coverage_and_are_reported() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              tally.saw(c);
              Scorecard card = score(c);
              boolean countAsMet =
                  c.rubric().notApplicablePolicy() == NotApplicablePolicy.COUNT_AS_MET;
              Coverage expected = Coverage.NONE;
              Set<String> missing = new HashSet<>();
              Set<String> unknown = new HashSet<>();
              for (Indicator i : c.rubric().indicators()) {
                Rating r = c.assessment().rating(i.id()).orElse(null);
                if (r == null) {
                  expected = expected.plus(new Coverage(1, 0, 0));
                  missing.add(i.id());
                  continue;
                }
                // ratable, rated, met
                expected =
                    expected.plus(
                        r.state()
                            .accept(
                                new RatingState.Visitor<Coverage>() {
                                  @Override
                                  public Coverage visitUnknown(RatingState.Unknown state) {
                                    unknown.add(i.id());
                                    return new Coverage(1, 0, 0);
                                  }

                                  @Override
                                  public Coverage visitNotApplicable(
                                      RatingState.NotApplicable state) {
                                    return countAsMet ? new Coverage(1, 1, 1) : Coverage.NONE;
                                  }

                                  @Override
                                  public Coverage visitRated(RatingState.Rated state) {
                                    boolean full =
                                        i.scale().fraction(state.value()).compareTo(BigDecimal.ONE)
                                            == 0;
                                    return new Coverage(1, 1, full ? 1 : 0);
                                  }
                                }));
              }
              assertThat(card.coverage()).isEqualTo(expected);
              assertThat(card.isComplete()).isEqualTo(missing.isEmpty() && unknown.isEmpty());
              assertThat(pathsOf(card, "not-rated")).isEqualTo(missing);
              assertThat(pathsOf(card, "unknown")).isEqualTo(unknown);
              assertThat(pathsOf(card, "not-applicable"))
                  .isEqualTo(leftOutBelowApplicable(c.rubric(), c.assessment()));
              assertThat(card.warnings())
                  .extracting(ScoreWarning::code)
                  .isSubsetOf("not-rated", "unknown", "not-applicable", "nothing-applicable");
              // the scorecard says so when no top-level criterion was left to score
              assertThat(pathsOf(card, "nothing-applicable"))
                  .isEqualTo(
                      card.root().children().stream().noneMatch(NodeScore::applicable)
                          ? Set.of(c.rubric().id())
                          : Set.of());
              // one warning per indicator or criterion, never two
              assertThat(card.warnings())
                  .extracting(w -> w.code() + " " + w.path())
                  .doesNotHaveDuplicates();
            });
    tally.assertVaried(EXAMPLES);
  }

  @Test
  void the_total_and_every_summing_node_equal_the_sum_of_their_parts() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              tally.saw(c);
              Scorecard card = score(c);
              assertThat(card.total()).isEqualTo(sumOfChildren(card.root()));
              card.root().stream()
                  .filter(NodeScore::applicable)
                  .filter(n -> n != card.root())
                  .forEach(
                      n -> {
                        String s = n.explanation().strategy();
                        boolean sums =
                            s.equals(Strategies.POINTS_SUM)
                                || (s.equals(Strategies.HOLISTIC_BAND) && !n.children().isEmpty());
                        if (!sums) {
                          return;
                        }
                        tally.bump("summing node");
                        BigDecimal parts =
                            n.children().isEmpty()
                                ? n.indicators().stream()
                                    .map(l -> l.earned() == null ? ZERO : l.earned())
                                    .reduce(new BigDecimal("0.00"), BigDecimal::add)
                                : sumOfChildren(n);
                        assertThat(n.earned()).as("sum at %s", n.id()).isEqualTo(parts);
                      });
            });
    tally.assertVaried(EXAMPLES);
    assertThat(tally.count("summing node")).isGreaterThan(EXAMPLES / 2);
  }

  private static BigDecimal sumOfChildren(NodeScore n) {
    return n.children().stream()
        .map(NodeScore::earned)
        .reduce(new BigDecimal("0.00"), BigDecimal::add);
  }

  private static void handsDownAll(NodeScore n) {
    if (!n.children().isEmpty()) {
      List<NodeScore> open = n.children().stream().filter(NodeScore::applicable).toList();
      if (open.isEmpty()) {
        return; // only the root can get here, when every category is not applicable
      }
      BigDecimal shares =
          open.stream().map(NodeScore::possible).reduce(new BigDecimal("0.00"), BigDecimal::add);
      assertThat(shares).as("children of %s", n.id()).isEqualTo(n.possible());
    } else if (!n.indicators().isEmpty()) {
      BigDecimal shares =
          n.indicators().stream()
              .map(l -> l.possible())
              .reduce(new BigDecimal("0.00"), BigDecimal::add);
      assertThat(shares).as("indicators of %s", n.id()).isEqualTo(n.possible());
    }
  }

  private static boolean isNotApplicable(Assessment a, String indicatorId) {
    return a.rating(indicatorId)
        .map(r -> r.state() instanceof RatingState.NotApplicable)
        .orElse(false);
  }

  private static boolean hasApplicableIndicator(Criterion c, Assessment a) {
    if (c.isLeaf()) {
      return c.indicators().stream().anyMatch(i -> !isNotApplicable(a, i.id()));
    }
    return c.children().stream()
        .filter(k -> k.kind().isScored())
        .anyMatch(k -> hasApplicableIndicator(k, a));
  }

  /** The criteria excluded as not applicable whose parent is scored (so they appear). */
  private static Set<String> leftOutBelowApplicable(Rubric rubric, Assessment a) {
    Set<String> out = new HashSet<>();
    if (rubric.notApplicablePolicy() == NotApplicablePolicy.COUNT_AS_MET) {
      return out;
    }
    List<Criterion> open = new ArrayList<>();
    for (Criterion c : rubric.criteria()) {
      if (c.kind().isScored()) {
        open.add(c);
      }
    }
    while (!open.isEmpty()) {
      Criterion c = open.remove(open.size() - 1);
      if (!hasApplicableIndicator(c, a)) {
        out.add(c.id());
        continue;
      }
      c.children().stream().filter(k -> k.kind().isScored()).forEach(open::add);
    }
    return out;
  }

  private static Set<String> pathsOf(Scorecard card, String code) {
    return card.warnings().stream()
        .filter(w -> w.code().equals(code))
        .map(ScoreWarning::path)
        .collect(Collectors.toSet());
  }
}
