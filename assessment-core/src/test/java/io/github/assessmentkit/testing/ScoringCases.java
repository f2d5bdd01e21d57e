package io.github.assessmentkit.testing;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
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
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * QuickTheories sources ({@link Gen}) of small random rubrics (trees of one to three levels, fixed
 * points or weights, zero-point criteria now and then, unscored profile nodes, per-criterion
 * strategy overrides) and assessments of them (values anywhere on each scale; random subsets
 * unrated, unknown or not applicable; evidence cited at random; ratings in random order).
 *
 * <p>Every case names a default strategy from {@link Strategies#ALL}, drawn evenly, and a rubric
 * that allows it: holistic-band gets leaves with exactly one band-scale indicator, maturity gets
 * leaves with level-scale indicators only, the other five get any of the three kinds of leaves.
 */
public final class ScoringCases {
  /** How {@link #describe} shows a rating's state. */
  private static final RatingState.Visitor<String> SHOWN =
      new RatingState.Visitor<>() {
        @Override
        public String visitRated(RatingState.Rated state) {
          return state.value().toString();
        }

        @Override
        public String visitNotApplicable(RatingState.NotApplicable state) {
          return "n/a";
        }

        @Override
        public String visitUnknown(RatingState.Unknown state) {
          return "unknown";
        }
      };

  /** What the leaves of a random rubric hold. */
  public enum Flavour {
    /** Exactly one band-scale indicator per leaf. */
    HOLISTIC,
    /** One to three level-scale indicators per leaf. */
    MATURITY,
    /** One to four indicators on any scale. */
    MIXED
  }

  /**
   * A rubric, an assessment of it and the default strategy to score it with.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param strategy the default strategy
   * @param flavour what the leaves hold
   */
  public record Case(Rubric rubric, Assessment assessment, String strategy, Flavour flavour) {
    @Override
    public String toString() {
      return describe(rubric, assessment, strategy);
    }
  }

  /**
   * A case and one indicator rated lower and higher on its scale, everything else equal.
   *
   * @param base the case
   * @param indicatorId the indicator raised
   * @param lower the lower value
   * @param higher the higher value
   */
  public record Raise(Case base, String indicatorId, RatingValue lower, RatingValue higher) {
    /** {@return the assessment with the lower value} */
    public Assessment lowered() {
      return base.assessment().toBuilder().rerate(Rating.of(indicatorId, lower)).build();
    }

    /** {@return the assessment with the higher value} */
    public Assessment raised() {
      return base.assessment().toBuilder().rerate(Rating.of(indicatorId, higher)).build();
    }

    @Override
    public String toString() {
      return indicatorId + ": " + lower + " -> " + higher + "\n" + base;
    }
  }

  /**
   * A case and the same assessment with its ratings and evidence in another order.
   *
   * @param base the case
   * @param reordered the reordered assessment
   */
  public record Reordered(Case base, Assessment reordered) {
    @Override
    public String toString() {
      return base + "\nreordered ratings: " + reordered.ratings();
    }
  }

  private static final BandScale BANDS = MiniRubrics.bands();
  private static final BandScale QUARTERS =
      new BandScale(
          Text.en("quarters"),
          List.of(),
          List.of(
              new Band(1, List.of(0), Text.en("none"), Map.of()),
              new Band(2, List.of(25, 50), Text.en("some"), Map.of()),
              new Band(3, List.of(75, 100), Text.en("most"), Map.of())));
  private static final LevelScale FIVE_LEVELS = MiniRubrics.levels();
  private static final LevelScale THREE_LEVELS =
      new LevelScale(
          Text.en("three levels"),
          List.of(
              new Level("low", Text.en("low"), null),
              new Level("mid", Text.en("middle"), null),
              new Level("high", Text.en("high"), null)));
  private static final List<Scale> ANY_SCALE =
      List.of(
          BANDS,
          QUARTERS,
          FIVE_LEVELS,
          THREE_LEVELS,
          YesPartialNoScale.STANDARD,
          new YesPartialNoScale(new BigDecimal("0.25")),
          YesNoScale.STANDARD,
          new LikertScale(5, Text.en("never"), Text.en("always")),
          new LikertScale(7, Text.en("never"), Text.en("always")),
          new MeasureScale(
              "ratio",
              Direction.HIGHER_IS_BETTER,
              new BigDecimal("0.10"),
              List.of(
                  new Threshold(new BigDecimal("0.04"), new BigDecimal("0.5"), Text.en("medium")),
                  new Threshold(new BigDecimal("0.10"), BigDecimal.ONE, Text.en("high"))),
              Text.en("low")),
          new MeasureScale(
              "%",
              Direction.LOWER_IS_BETTER,
              null,
              List.of(
                  new Threshold(new BigDecimal("20"), new BigDecimal("0.3"), Text.en("fair")),
                  new Threshold(new BigDecimal("10"), new BigDecimal("0.7"), Text.en("good")),
                  new Threshold(new BigDecimal("5"), BigDecimal.ONE, Text.en("very good"))),
              Text.en("poor")),
          NumericScale.of(Text.en("conformity"), 0, 5),
          NumericScale.of(Text.en("marks"), 10, 20).withStep(new BigDecimal("2.5")));

  private ScoringCases() {}

  /** {@return random cases} */
  public static Gen<Case> cases() {
    return in -> randomCase(new Draw(in));
  }

  /** {@return random cases in which at least one indicator is rated, not applicable or not} */
  public static Gen<Case> casesWithSomethingApplicable() {
    return in -> {
      Draw d = new Draw(in);
      Case c = randomCase(d);
      boolean allNotApplicable =
          c.rubric().indicators().stream()
              .allMatch(
                  i ->
                      c.assessment()
                          .rating(i.id())
                          .map(r -> r.state() instanceof RatingState.NotApplicable)
                          .orElse(false));
      if (!allNotApplicable) {
        return c;
      }
      Indicator first = c.rubric().indicators().get(0);
      Assessment a =
          c.assessment().toBuilder()
              .rerate(Rating.of(first.id(), d.oneOf(ascendingValues(first.scale()))))
              .build();
      return new Case(c.rubric(), a, c.strategy(), c.flavour());
    };
  }

  /** {@return random cases with one indicator rated lower and higher} */
  public static Gen<Raise> raises() {
    return in -> {
      Draw d = new Draw(in);
      Case c = randomCase(d);
      Indicator i = d.oneOf(c.rubric().indicators());
      List<RatingValue> values = ascendingValues(i.scale());
      int high = d.between(1, values.size() - 1);
      int low = d.between(0, high - 1);
      return new Raise(c, i.id(), values.get(low), values.get(high));
    };
  }

  /** {@return random cases with their ratings and evidence reordered} */
  public static Gen<Reordered> reorderings() {
    return in -> {
      Draw d = new Draw(in);
      Case c = randomCase(d);
      Assessment a = c.assessment();
      Assessment reordered =
          new Assessment(
              a.id(),
              a.subject(),
              a.rubric(),
              a.period(),
              a.kind(),
              a.status(),
              a.assessors(),
              d.shuffled(a.ratings()),
              d.shuffled(a.evidence()),
              a.measures(),
              a.extensions());
      return new Reordered(c, reordered);
    };
  }

  /**
   * A case and the same rubric with the criteria among each set of siblings, and the indicators of
   * each criterion, in another order (ids, points, weights and policies unchanged).
   *
   * @param base the case
   * @param reordered the rubric rebuilt in the new order
   */
  public record ReorderedCriteria(Case base, Rubric reordered) {
    @Override
    public String toString() {
      return base + "\nreordered:\n" + describe(reordered, base.assessment(), base.strategy());
    }
  }

  /**
   * Random cases whose rubrics also declare scoring policies: per criterion now and then (what a
   * not-applicable part does, including counting it at a fraction or leaving the maximum; what a
   * missing or unknown rating does; what a criterion in which nothing counts means), at the rubric
   * level for missing and unknown ratings and for nothing counting, and a result scale of 0-5 or
   * 10-20 half of the time.
   *
   * @return the cases
   */
  public static Gen<Case> casesWithPolicies() {
    return in -> {
      Draw d = new Draw(in);
      return withPolicies(d, randomCase(d));
    };
  }

  /**
   * Random cases, half of them with policies ({@link #casesWithPolicies()}), each with its rubric
   * rebuilt with siblings (criteria and indicators) in another order.
   *
   * @return the cases
   */
  public static Gen<ReorderedCriteria> criteriaReorderings() {
    return in -> {
      Draw d = new Draw(in);
      Case c = randomCase(d);
      if (d.chance(50)) {
        c = withPolicies(d, c);
      }
      RubricBuilder b = Rubric.from(c.rubric());
      for (Criterion top : c.rubric().criteria()) {
        b.remove(top.id());
      }
      for (Criterion top : d.shuffled(c.rubric().criteria())) {
        b.criterion(reordered(d, top));
      }
      return new ReorderedCriteria(c, b.build());
    };
  }

  private static Criterion reordered(Draw d, Criterion c) {
    List<Criterion> children = new ArrayList<>();
    for (Criterion k : d.shuffled(c.children())) {
      children.add(reordered(d, k));
    }
    return new Criterion(
        c.id(),
        c.title(),
        c.kind(),
        c.points(),
        c.weight(),
        c.strategy(),
        c.areas(),
        children,
        d.shuffled(c.indicators()),
        c.policies(),
        c.extensions());
  }

  private static final List<NotApplicablePolicy> NOT_APPLICABLE_POLICIES =
      List.of(
          NotApplicablePolicy.EXCLUDE_AND_RENORMALISE,
          NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM,
          NotApplicablePolicy.COUNT_AS_MET,
          NotApplicablePolicy.countAt(new BigDecimal("0.6")),
          NotApplicablePolicy.countAt(new BigDecimal("0.25")));

  private static Case withPolicies(Draw d, Case c) {
    RubricBuilder b = Rubric.from(c.rubric());
    b.whenMissing(d.oneOf(List.of(UnratedPolicy.values())));
    b.whenUnknown(d.oneOf(List.of(UnratedPolicy.values())));
    b.whenNothingCounts(d.oneOf(List.of(WhenNothingCounts.values())));
    if (d.chance(50)) {
      b.resultScale(
          d.chance(50)
              ? ResultScale.of(Text.en("level"), 0, 5)
              : ResultScale.of(Text.en("marks"), 10, 20));
    }
    for (Criterion k : c.rubric().allCriteria()) {
      if (!k.kind().isScored() || !d.chance(30)) {
        continue;
      }
      NotApplicablePolicy notApplicable = d.chance(60) ? d.oneOf(NOT_APPLICABLE_POLICIES) : null;
      UnratedPolicy missing = d.chance(40) ? d.oneOf(List.of(UnratedPolicy.values())) : null;
      UnratedPolicy unknown = d.chance(40) ? d.oneOf(List.of(UnratedPolicy.values())) : null;
      WhenNothingCounts nothing =
          d.chance(40) ? d.oneOf(List.of(WhenNothingCounts.values())) : null;
      b.modify(
          k.id(),
          x ->
              x.notApplicable(notApplicable)
                  .whenMissing(missing)
                  .whenUnknown(unknown)
                  .whenNothingCounts(nothing));
    }
    return new Case(b.build(), c.assessment(), c.strategy(), c.flavour());
  }

  /**
   * Every value of a scale, from the one earning least to the one earning most (a value may earn as
   * much as the one before it, never less).
   *
   * @param scale the scale
   * @return the values
   */
  public static List<RatingValue> ascendingValues(Scale scale) {
    return scale.accept(
        new Scale.Visitor<List<RatingValue>>() {
          @Override
          public List<RatingValue> visitBand(BandScale bands) {
            List<RatingValue> values = new ArrayList<>();
            bands.bands().forEach(b -> b.percents().forEach(p -> values.add(RatingValue.of(p))));
            return values;
          }

          @Override
          public List<RatingValue> visitLevel(LevelScale levels) {
            List<RatingValue> values = new ArrayList<>();
            levels.levels().forEach(l -> values.add(RatingValue.choice(l.code())));
            return values;
          }

          @Override
          public List<RatingValue> visitYesPartialNo(YesPartialNoScale scale) {
            return List.of(
                RatingValue.choice(YesPartialNoScale.NO),
                RatingValue.choice(YesPartialNoScale.PARTIAL),
                RatingValue.choice(YesPartialNoScale.YES));
          }

          @Override
          public List<RatingValue> visitYesNo(YesNoScale scale) {
            return List.of(RatingValue.choice(YesNoScale.NO), RatingValue.choice(YesNoScale.YES));
          }

          @Override
          public List<RatingValue> visitLikert(LikertScale likert) {
            List<RatingValue> values = new ArrayList<>();
            for (int v = 1; v <= likert.points(); v++) {
              values.add(RatingValue.of(v));
            }
            return values;
          }

          @Override
          public List<RatingValue> visitMeasure(MeasureScale measure) {
            List<RatingValue> values = new ArrayList<>();
            BigDecimal step =
                measure.direction() == Direction.HIGHER_IS_BETTER
                    ? BigDecimal.ONE
                    : BigDecimal.ONE.negate();
            List<Threshold> steps = measure.thresholds();
            values.add(RatingValue.of(steps.get(0).bound().subtract(step)));
            steps.forEach(t -> values.add(RatingValue.of(t.bound())));
            values.add(RatingValue.of(steps.get(steps.size() - 1).bound().add(step)));
            return values;
          }

          @Override
          public List<RatingValue> visitNumeric(NumericScale numeric) {
            List<RatingValue> values = new ArrayList<>();
            if (numeric.step() == null) {
              BigDecimal middle = numeric.min().add(numeric.max()).divide(BigDecimal.valueOf(2));
              values.add(RatingValue.of(numeric.min()));
              values.add(RatingValue.of(middle));
              values.add(RatingValue.of(numeric.max()));
              return values;
            }
            for (BigDecimal v = numeric.min();
                v.compareTo(numeric.max()) <= 0;
                v = v.add(numeric.step())) {
              values.add(RatingValue.of(v));
            }
            return values;
          }
        });
  }

  /**
   * The value earning most on a scale.
   *
   * @param scale the scale
   * @return its top value
   */
  public static RatingValue top(Scale scale) {
    List<RatingValue> values = ascendingValues(scale);
    return values.get(values.size() - 1);
  }

  private static Case randomCase(Draw d) {
    String strategy = d.oneOf(Strategies.ALL);
    Flavour flavour =
        switch (strategy) {
          case Strategies.HOLISTIC_BAND -> Flavour.HOLISTIC;
          case Strategies.MATURITY -> Flavour.MATURITY;
          default -> d.oneOf(List.of(Flavour.values()));
        };
    Tree tree = new Tree(d, flavour);
    RubricBuilder b =
        Rubric.builder("random-rubric", "1")
            .title(Text.en("Random rubric"))
            .provenance(Provenance.unverified(Text.en("random"), Text.en("made up for a property")))
            .defaultStrategy(strategy)
            .notApplicablePolicy(
                d.oneOf(
                    List.of(
                        NotApplicablePolicy.EXCLUDE_AND_RENORMALISE,
                        NotApplicablePolicy.COUNT_AS_MET)));
    if (d.chance(20)) {
      b.criterion(
          Criterion.builder("P", Text.en("Profile"))
              .kind(CriterionKind.PROFILE)
              .child("P.1", Text.en("Description"), c -> {})
              .build());
    }
    int top = d.between(1, 4);
    boolean fixedPoints = d.chance(50);
    if (!fixedPoints) {
      b.totalPoints(BigDecimal.valueOf(d.between(100, 100_000), 2));
    }
    for (int i = 1; i <= top; i++) {
      b.criterion(tree.node(String.valueOf(i), 1, fixedPoints ? d.between(100, 20_000) : null));
    }
    Rubric rubric = b.build();

    int notApplicable = d.oneOf(List.of(0, 10, 30, 60));
    int missing = d.oneOf(List.of(0, 10, 30));
    int unknown = d.oneOf(List.of(0, 10));
    int evidence = d.between(0, 3);
    List<Rating> ratings = new ArrayList<>();
    for (Indicator i : rubric.indicators()) {
      int roll = d.between(0, 99);
      if (roll < notApplicable) {
        ratings.add(Rating.notApplicable(i.id(), "does not apply here"));
      } else if (roll < notApplicable + missing) {
        continue;
      } else if (roll < notApplicable + missing + unknown) {
        ratings.add(Rating.unknown(i.id(), null));
      } else {
        Rating r = Rating.of(i.id(), d.oneOf(ascendingValues(i.scale())));
        if (evidence > 0 && d.chance(50)) {
          r = r.withEvidence("e" + d.between(1, evidence));
        }
        ratings.add(r);
      }
    }
    AssessmentBuilder a = MiniRubrics.assessmentOf(rubric);
    for (int e = 1; e <= evidence; e++) {
      a.evidence(Evidence.of("e" + e, EvidenceKind.DOCUMENT, "document " + e));
    }
    d.shuffled(ratings).forEach(a::rating);
    return new Case(rubric, a.build(), strategy, flavour);
  }

  /** Grows one random criterion tree. */
  private static final class Tree {
    private final Draw d;
    private final Flavour flavour;
    private int indicators;

    Tree(Draw d, Flavour flavour) {
      this.d = d;
      this.flavour = flavour;
    }

    Criterion node(String id, int depth, @Nullable Integer cents) {
      CriterionBuilder b = Criterion.builder(id, Text.en("criterion " + id));
      b.kind(CriterionKind.PROCESS);
      if (cents != null) {
        b.points(BigDecimal.valueOf(cents, 2));
      } else {
        b.weight(d.between(1, 4));
      }
      boolean leaf = depth >= 3 || d.chance(depth == 1 ? 30 : 55);
      if (leaf) {
        List<Indicator> list = indicatorsFor();
        list.forEach(b::indicator);
        if (d.chance(20)) {
          b.strategy(d.oneOf(allowedAtLeaf(list)));
        }
        return b.build();
      }
      if (d.chance(20)) {
        b.strategy(d.oneOf(Strategies.ALL));
      }
      int k = d.between(1, 3);
      List<Integer> parts = cents != null && d.chance(60) ? split(cents, k) : null;
      for (int j = 1; j <= k; j++) {
        b.child(node(id + "." + j, depth + 1, parts == null ? null : parts.get(j - 1)));
      }
      return b.build();
    }

    private List<Integer> split(int cents, int k) {
      List<Integer> cuts = new ArrayList<>();
      boolean zero = k > 1 && d.chance(15);
      for (int j = 0; j < k - 1; j++) {
        cuts.add(zero && j == 0 ? 0 : d.between(0, cents));
      }
      Collections.sort(cuts);
      List<Integer> parts = new ArrayList<>();
      int last = 0;
      for (int cut : cuts) {
        parts.add(cut - last);
        last = cut;
      }
      parts.add(cents - last);
      return parts;
    }

    private List<Indicator> indicatorsFor() {
      int count =
          switch (flavour) {
            case HOLISTIC -> 1;
            case MATURITY -> d.between(1, 3);
            case MIXED -> d.between(1, 4);
          };
      List<Indicator> list = new ArrayList<>();
      for (int j = 0; j < count; j++) {
        Scale scale =
            switch (flavour) {
              case HOLISTIC -> d.oneOf(List.of(BANDS, QUARTERS));
              case MATURITY -> d.oneOf(List.of(FIVE_LEVELS, THREE_LEVELS));
              case MIXED -> d.oneOf(ANY_SCALE);
            };
        String indicatorId = "i" + (++indicators);
        BigDecimal weight = BigDecimal.valueOf(d.between(2, 8) * 5L, 1);
        list.add(
            Indicator.of(indicatorId, Text.en("question " + indicatorId), scale)
                .withWeight(weight));
      }
      return list;
    }

    private static List<String> allowedAtLeaf(List<Indicator> list) {
      List<String> allowed = new ArrayList<>(Strategies.ALL);
      if (list.size() != 1 || !(list.get(0).scale() instanceof BandScale)) {
        allowed.remove(Strategies.HOLISTIC_BAND);
      }
      if (!list.stream().allMatch(i -> i.scale() instanceof LevelScale)) {
        allowed.remove(Strategies.MATURITY);
      }
      return allowed;
    }
  }

  /**
   * Writes a rubric tree with each indicator's rating, one node a line, for failure reports.
   *
   * @param rubric the rubric
   * @param assessment the assessment
   * @param strategy the default strategy
   * @return the description
   */
  public static String describe(Rubric rubric, Assessment assessment, String strategy) {
    Map<String, Rating> ratings = new HashMap<>();
    assessment.ratings().forEach(r -> ratings.putIfAbsent(r.indicatorId(), r));
    StringBuilder out = new StringBuilder();
    out.append(strategy)
        .append(", ")
        .append(rubric.notApplicablePolicy())
        .append(", total ")
        .append(rubric.totalPoints().toPlainString())
        .append('\n');
    rubric.criteria().forEach(c -> describe(c, 1, ratings, out));
    return out.toString();
  }

  private static void describe(
      Criterion c, int depth, Map<String, Rating> ratings, StringBuilder out) {
    out.append("  ".repeat(depth)).append(c.id());
    if (c.points() != null) {
      out.append(" p=").append(c.points().toPlainString());
    }
    if (c.weight() != null) {
      out.append(" w=").append(c.weight().toPlainString());
    }
    if (c.strategy() != null) {
      out.append(" [").append(c.strategy()).append(']');
    }
    if (!c.kind().isScored()) {
      out.append(" (profile)");
    }
    out.append('\n');
    for (Indicator i : c.indicators()) {
      Rating r = ratings.get(i.id());
      String state = r == null ? "missing" : r.state().accept(SHOWN);
      out.append("  ".repeat(depth + 1))
          .append(i.id())
          .append(' ')
          .append(i.scale().type())
          .append(" w=")
          .append(i.weight().toPlainString())
          .append(" := ")
          .append(state)
          .append('\n');
    }
    c.children().forEach(k -> describe(k, depth + 1, ratings, out));
  }
}
