package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An XCCDF 1.2 security configuration benchmark (NIST IR 7275 rev 4, section 7.3), scored with its
 * four scoring models through the public API alone.
 *
 * <p>Rules sit in groups of any depth, each rule and group with a weight; a group may hold rules
 * beside sub-groups:
 *
 * <pre>
 *   accounts   (group weight 2)  R1 (1)  R2 (1)  R3 (1)
 *   network    (group weight 1)  R4 (1)  R5 (1)  R6 (0)
 *     firewall (group weight 1)  R7 (1)  R8 (1)
 *   audit      (group weight 0)  R9 (1)
 * </pre>
 *
 * <p>A rule's result maps onto a rating: pass and fixed are {@code pass}, fail is {@code fail} (a
 * two-level scale, fail 0 and pass 1); error and unknown are a rating of unknown, counted as a
 * failure ({@code whenUnknown(COUNT_AS_ZERO)}); not checked, not selected and informational are no
 * rating at all, left out ({@code whenMissing(EXCLUDE_…)}); not applicable is a not-applicable
 * rating, left out.
 *
 * <p>The run scored here: R1 pass, R2 fail, R3 error, R4 pass, R5 not checked, R6 fail, R7 pass, R8
 * not applicable, R9 fail. So the rules counted are R1, R2, R3, R4, R6, R7 and R9; of them R1, R4
 * and R7 pass.
 */
class XccdfBenchmarkScenarioTest {
  private static final Provenance SOURCE =
      Provenance.unverified(
          Text.en("NIST IR 7275 rev 4, 7.3"), Text.en("rules and weights made up for the test"));

  /** The rule result as a two-level scale: fail earns 0, pass earns 1. */
  private static final LevelScale RESULT =
      new LevelScale(
          Text.en("XCCDF rule result"),
          List.of(
              new Level("fail", Text.en("fail"), null), new Level("pass", Text.en("pass"), null)));

  private static Indicator rule(String id, long weight) {
    return Indicator.of(id, Text.en("Rule " + id), RESULT).withWeight(weight);
  }

  private static CriterionBuilder group(String id) {
    return Criterion.builder(id, Text.en("Group " + id)).kind(CriterionKind.CHECKLIST);
  }

  private static RubricBuilder benchmark(String model) {
    return Rubric.builder("xccdf-" + model, "1")
        .title(Text.en("Benchmark, " + model + " model"))
        .provenance(SOURCE)
        .defaultStrategy(Strategies.POINTS_SUM)
        // error and unknown fail; not checked and not applicable leave
        .whenUnknown(UnratedPolicy.COUNT_AS_ZERO);
  }

  /**
   * The default model: at every level the weighted mean of the children that have anything counted,
   * on 0 to 100. Group weights are the groups' weights; leaving out what is not checked or not
   * applicable and sharing its weight among the rest is the weighted mean of what is counted.
   */
  private static Rubric defaultModel() {
    return benchmark("default")
        .totalPoints(100)
        .resultScale(ResultScale.of(Text.en("XCCDF score"), 0, 100))
        .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE)
        .criterion(
            group("accounts")
                .weight(2)
                .indicator(rule("R1", 1))
                .indicator(rule("R2", 1))
                .indicator(rule("R3", 1))
                .build())
        .criterion(
            group("network")
                .weight(1)
                .indicator(rule("R4", 1))
                .indicator(rule("R5", 1))
                .indicator(rule("R6", 0))
                .child(
                    "firewall",
                    Text.en("Group firewall"),
                    c -> c.weight(1).indicator(rule("R7", 1)).indicator(rule("R8", 1)))
                .build())
        .criterion(group("audit").weight(0).indicator(rule("R9", 1)).build())
        .build();
  }

  /**
   * The flat model: score = the sum of the weights of the passing rules, maximum = the sum of the
   * weights of the counted rules. Each rule's points are its weight (or 1, unweighted), each
   * group's points the sum of its rules'; what is not checked or not applicable leaves the maximum.
   */
  private static RubricBuilder flatModel(String model, boolean weighted) {
    long w0 = weighted ? 0 : 1;
    return benchmark(model)
        .whenMissing(UnratedPolicy.EXCLUDE_FROM_MAXIMUM)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM)
        .criterion(
            group("accounts")
                .points(3)
                .indicator(rule("R1", 1))
                .indicator(rule("R2", 1))
                .indicator(rule("R3", 1))
                .build())
        .criterion(
            group("network")
                // R4 + R5 + R6 + firewall's 2
                .points(4 + w0)
                .indicator(rule("R4", 1))
                .indicator(rule("R5", 1))
                .indicator(rule("R6", w0))
                .child(
                    "firewall",
                    Text.en("Group firewall"),
                    c -> c.points(2).indicator(rule("R7", 1)).indicator(rule("R8", 1)))
                .build())
        .criterion(group("audit").points(1).indicator(rule("R9", 1)).build());
  }

  /** The run described above, against a rubric. */
  private static Assessment run(Rubric r) {
    return Assessment.quick(
        r,
        Rating.choice("R1", "pass"),
        Rating.choice("R2", "fail"),
        Rating.unknown("R3", "error: the probe could not read the file"),
        Rating.choice("R4", "pass"),
        // R5 not checked: no rating
        Rating.choice("R6", "fail"),
        Rating.choice("R7", "pass").withRationale("fixed"),
        Rating.notApplicable("R8", "IPv6 disabled"),
        Rating.choice("R9", "fail"));
  }

  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void default_model_takes_a_weighted_mean_at_every_level() {
    // given
    Rubric r = defaultModel();

    // when
    Scorecard card = Scorer.standard().score(r, run(r));

    // then accounts: R3's error counts as a failure: (100 + 0 + 0) / 3 = 33.333.. -> 33.33
    NodeScore accounts = card.node("accounts").orElseThrow();
    assertThat(accounts.fraction()).isEqualTo(Ratio.of(1, 3));
    assertThat(accounts.percent()).isEqualTo(points("33.33"));
    // firewall: R8 leaves; R7 alone: 100. network: R5 leaves; (R4 100 x 1 + R6 0 x 0 + firewall
    // 100 x 1) / (1 + 0 + 1) = 100
    assertThat(card.node("firewall").orElseThrow().percent()).isEqualTo(points("100.00"));
    NodeScore network = card.node("network").orElseThrow();
    assertThat(network.fraction()).isEqualTo(Ratio.ONE);
    assertThat(card.root().indicator("R5").orElseThrow().possible()).isEqualTo(points("0.00"));
    assertThat(card.root().indicator("R6").orElseThrow().possible()).isEqualTo(points("0.00"));
    // audit, weight 0: reported at 0.00 % (R9 fails), counted nowhere
    NodeScore audit = card.node("audit").orElseThrow();
    assertThat(audit.percent()).isEqualTo(points("0.00"));
    assertThat(audit.possible()).isEqualTo(points("0.00"));
    // benchmark: (33.33.. x 2 + 100 x 1 + 0 x 0) / (2 + 1 + 0) = (200/3 + 100) / 3 = 500/9 =
    // 55.555.. -> 55.56, as the percent and on the 0-100 result scale
    assertThat(card.root().exactEarned()).isEqualTo(Ratio.of(500, 9));
    assertThat(card.percent()).isEqualTo(points("55.56"));
    assertThat(card.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.of(500, 9));
    assertThat(card.scaledResult().orElseThrow().value()).isEqualTo(points("55.56"));
    // shown points: possible 100 = 66.67 + 33.33 + 0.00 (66.666.. takes the cent); earned 55.56 =
    // 22.222.. + 33.333.. + 0, cut to 22.22 + 33.33; network may not show more than its 33.33, so
    // the cent left goes to accounts: 22.23 + 33.33 + 0.00
    assertThat(accounts.possible()).isEqualTo(points("66.67"));
    assertThat(accounts.earned()).isEqualTo(points("22.23"));
    assertThat(network.earned()).isEqualTo(points("33.33"));
    assertThat(card.total()).isEqualTo(points("55.56"));
    // coverage: 8 rules to check (all but R8), 6 with a result (R3 errored, R5 not checked), 3 pass
    assertThat(card.coverage()).isEqualTo(new Coverage(8, 6, 3));
    assertThat(card.warnings())
        .extracting(w -> w.code() + " " + w.path())
        .containsExactly("unknown R3", "not-rated R5");
  }

  @Test
  void flat_model_adds_the_weights_of_the_passing_rules_over_the_weights_counted() {
    // given
    Rubric r = flatModel("flat", true).build();

    // when
    Scorecard card = Scorer.standard().score(r, run(r));

    // then score = R1 1 + R4 1 + R7 1 = 3; maximum = R1 + R2 + R3 + R4 + R6 + R7 + R9 = 1 + 1 + 1
    // + 1 + 0 + 1 + 1 = 6 (R5 not checked and R8 not applicable left out); 3 / 6 = 50.00 %
    assertThat(card.total()).isEqualTo(points("3.00"));
    assertThat(card.possible()).isEqualTo(points("6.00"));
    assertThat(card.percent()).isEqualTo(points("50.00"));
    // per group: accounts 1 of 3; network R4 1 + R6 0 + firewall (R7 1) = 2 of 2; audit 0 of 1
    assertThat(card.node("accounts").orElseThrow().earned()).isEqualTo(points("1.00"));
    assertThat(card.node("accounts").orElseThrow().possible()).isEqualTo(points("3.00"));
    assertThat(card.node("network").orElseThrow().possible()).isEqualTo(points("2.00"));
    assertThat(card.node("network").orElseThrow().earned()).isEqualTo(points("2.00"));
    assertThat(card.node("firewall").orElseThrow().possible()).isEqualTo(points("1.00"));
    assertThat(card.node("audit").orElseThrow().possible()).isEqualTo(points("1.00"));
    assertThat(card.node("audit").orElseThrow().earned()).isEqualTo(points("0.00"));
  }

  @Test
  void flat_unweighted_model_counts_every_rule_as_1() {
    // given
    Rubric r = flatModel("flat-unweighted", false).build();

    // when
    Scorecard card = Scorer.standard().score(r, run(r));

    // then score = R1 + R4 + R7 = 3; maximum = R1, R2, R3, R4, R6, R7, R9 = 7 (R6 now counts 1);
    // 3 / 7 = 0.428571.. -> 42.86 %
    assertThat(card.total()).isEqualTo(points("3.00"));
    assertThat(card.possible()).isEqualTo(points("7.00"));
    assertThat(card.root().fraction()).isEqualTo(Ratio.of(3, 7));
    assertThat(card.percent()).isEqualTo(points("42.86"));
    // network: R4 1 + R6 0 + firewall 1 = 2 of R4 + R6 + R7 = 3: 66.67 %
    assertThat(card.node("network").orElseThrow().possible()).isEqualTo(points("3.00"));
    assertThat(card.node("network").orElseThrow().percent()).isEqualTo(points("66.67"));
  }

  /**
   * The absolute model: 1 when the score is the maximum, including when nothing is counted, else 0.
   * The flat groups under one benchmark-wide all-or-nothing criterion that is declared met when
   * nothing in it counts; the result on a 0-1 scale.
   */
  private static Rubric absoluteModel() {
    Rubric flat = flatModel("absolute", true).build();
    CriterionBuilder all =
        Criterion.builder("benchmark", Text.en("Benchmark"))
            .kind(CriterionKind.CHECKLIST)
            .points(8)
            .strategy(Strategies.ALL_OR_NOTHING)
            .whenNothingCounts(WhenNothingCounts.MET);
    flat.criteria().forEach(all::child);
    return Rubric.builder("xccdf-absolute", "1")
        .title(Text.en("Benchmark, absolute model"))
        .provenance(SOURCE)
        .defaultStrategy(Strategies.POINTS_SUM)
        .whenUnknown(UnratedPolicy.COUNT_AS_ZERO)
        .whenMissing(UnratedPolicy.EXCLUDE_FROM_MAXIMUM)
        .notApplicablePolicy(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM)
        .resultScale(ResultScale.of(Text.en("XCCDF absolute"), 0, 1))
        .criterion(all.build())
        .build();
  }

  @Test
  void absolute_model_is_1_only_when_every_counted_rule_passes() {
    // given
    Rubric r = absoluteModel();
    Assessment clean =
        Assessment.quick(
            r,
            Rating.choice("R1", "pass"),
            Rating.choice("R2", "pass"),
            Rating.choice("R3", "pass"),
            Rating.choice("R4", "pass"),
            Rating.choice("R6", "fail"),
            Rating.choice("R7", "pass"),
            Rating.notApplicable("R8", "IPv6 disabled"),
            Rating.choice("R9", "pass"));

    // when
    Scorecard failing = Scorer.standard().score(r, run(r));
    Scorecard passing = Scorer.standard().score(r, clean);

    // then the run: R2 fails (score 3 < maximum 6): 0, of the 6 counted
    assertThat(failing.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.ZERO);
    assertThat(failing.total()).isEqualTo(points("0.00"));
    assertThat(failing.possible()).isEqualTo(points("6.00"));
    // a clean run: every counted rule passes but R6, whose weight is 0 (score 6 = maximum 6): 1
    assertThat(passing.scaledResult().orElseThrow().exact()).isEqualTo(Ratio.ONE);
    assertThat(passing.scaledResult().orElseThrow().value()).isEqualTo(points("1.00"));
    assertThat(passing.total()).isEqualTo(points("6.00"));
    assertThat(passing.possible()).isEqualTo(points("6.00"));
  }

  @Test
  void absolute_model_over_nothing_counted_is_met_and_says_nothing_was_checked() {
    // given every rule not checked or not applicable
    Rubric r = absoluteModel();
    Assessment nothing =
        Assessment.quick(
            r, Rating.notApplicable("R8", "IPv6 disabled"), Rating.notApplicable("R9", "no audit"));

    // when
    Scorecard card = Scorer.standard().score(r, nothing);

    // then the benchmark is declared met: 100.00 %, XCCDF's 1; and the scorecard says that
    // nothing was scored, so it gives no scaled result of its own
    assertThat(card.percent()).isEqualTo(points("100.00"));
    assertThat(card.node("benchmark").orElseThrow().fraction()).isEqualTo(Ratio.ONE);
    assertThat(card.isScored()).isFalse();
    assertThat(card.scaledResult()).isEmpty();
  }

  @Test
  void default_model_over_nothing_counted_is_reported_as_not_scored() {
    // given nothing checked at all
    Rubric r = defaultModel();

    // when
    Scorecard card = Scorer.standard().score(r, Assessment.quick(r));

    // then XCCDF tools print 0; the scorecard says instead that nothing could be scored, and a
    // caller that must print XCCDF's number prints 0 for it
    assertThat(card.isScored()).isFalse();
    assertThat(card.scaledResult()).isEmpty();
    assertThat(card.total()).isEqualTo(points("0.00"));
  }
}
