package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.json.GoldenVector;
import io.github.assessmentkit.json.GoldenVectorReport.Mismatch;
import io.github.assessmentkit.json.GoldenVectorReport.Outcome;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Scores one golden vector and compares every expected result with the scorecard, explaining each
 * number that differs. Stateless; thread-safe.
 */
public final class VectorCheck {
  private VectorCheck() {}

  /**
   * Checks one vector.
   *
   * @param rubric the rubric
   * @param scorer the scorer
   * @param v the vector
   * @return its outcome
   */
  public static Outcome check(Rubric rubric, Scorer scorer, GoldenVector v) {
    Scorecard card;
    try {
      String strategy = v.strategy();
      card =
          strategy == null
              ? scorer.score(rubric, v.assessment())
              : scorer.score(rubric, v.assessment(), strategy);
    } catch (RuntimeException e) {
      Text why =
          e instanceof Bilingual b ? b.text() : Text.of(null, String.valueOf(e.getMessage()));
      Text explanation = VectorMessages.scoringRefused(why);
      return new Outcome(
          v.id(),
          List.of(
              mismatch(
                  "/assessment", VectorMessages.scorecard(), "a scorecard", "none", explanation)));
    }
    List<Mismatch> out = new ArrayList<>();
    GoldenVector.Expected e = v.expected();
    NodeScore root = card.root();
    number(out, "/expected/total", VectorMessages.total(), e.total(), card.total(), node(root));
    number(
        out,
        "/expected/percent",
        VectorMessages.totalPercent(),
        e.percent(),
        card.percent(),
        node(root));
    for (Map.Entry<String, GoldenVector.NodeValues> n : e.nodes().entrySet()) {
      nodeValues(out, card, n.getKey(), n.getValue());
    }
    for (Map.Entry<String, GoldenVector.IndicatorValues> i : e.indicators().entrySet()) {
      indicatorValues(out, card, i.getKey(), i.getValue());
    }
    for (Map.Entry<String, String> l : e.levels().entrySet()) {
      level(out, card, l.getKey(), l.getValue());
    }
    for (Map.Entry<String, GoldenVector.Award> a : e.awards().entrySet()) {
      award(out, card, a.getKey(), a.getValue());
    }
    return new Outcome(v.id(), out);
  }

  private static void nodeValues(
      List<Mismatch> out, Scorecard card, String id, GoldenVector.NodeValues want) {
    String at = "/expected/nodes/" + escape(id);
    Optional<NodeScore> found = card.node(id);
    if (found.isEmpty()) {
      out.add(
          mismatch(
              at,
              VectorMessages.valueOf("earned", id),
              "a node",
              "none",
              VectorMessages.noSuchNode(id)));
      return;
    }
    NodeScore n = found.get();
    Text why = node(n);
    number(
        out, at + "/earned", VectorMessages.valueOf("earned", id), want.earned(), n.earned(), why);
    number(
        out,
        at + "/possible",
        VectorMessages.valueOf("possible", id),
        want.possible(),
        n.possible(),
        why);
    number(
        out,
        at + "/percent",
        VectorMessages.valueOf("percent", id),
        want.percent(),
        n.percent(),
        why);
    Boolean applicable = want.applicable();
    if (applicable != null && applicable != n.applicable()) {
      out.add(
          mismatch(
              at + "/applicable",
              VectorMessages.valueOf("applicable", id),
              applicable.toString(),
              Boolean.toString(n.applicable()),
              why));
    }
  }

  private static void indicatorValues(
      List<Mismatch> out, Scorecard card, String id, GoldenVector.IndicatorValues want) {
    String at = "/expected/indicators/" + escape(id);
    Optional<IndicatorScore> found = card.root().indicator(id);
    if (found.isEmpty()) {
      out.add(
          mismatch(
              at,
              VectorMessages.valueOf("earned", id),
              "an indicator",
              "none",
              VectorMessages.noSuchIndicator(id)));
      return;
    }
    IndicatorScore i = found.get();
    Text why = VectorMessages.indicatorExplanation(i.explanation());
    BigDecimal earned = want.earned();
    if (earned != null) {
      BigDecimal got = i.earned();
      if (got == null || got.compareTo(earned) != 0) {
        out.add(
            mismatch(
                at + "/earned",
                VectorMessages.valueOf("earned", id),
                earned.toPlainString(),
                got == null ? "unrated" : got.toPlainString(),
                why));
      }
    }
    number(
        out,
        at + "/possible",
        VectorMessages.valueOf("possible", id),
        want.possible(),
        i.possible(),
        why);
    if (want.status() != null && want.status() != i.status()) {
      out.add(
          mismatch(
              at + "/status",
              VectorMessages.valueOf("status", id),
              Obj.jsonName(want.status()),
              Obj.jsonName(i.status()),
              why));
    }
  }

  private static void level(List<Mismatch> out, Scorecard card, String ladderId, String rung) {
    String at = "/expected/levels/" + escape(ladderId);
    Optional<LevelDecision> found = card.level(ladderId);
    if (found.isEmpty()) {
      out.add(
          mismatch(
              at,
              VectorMessages.level(ladderId),
              rung,
              "none",
              VectorMessages.noSuchLadder(ladderId)));
      return;
    }
    LevelDecision d = found.get();
    String got = d.rungId() == null ? "none" : d.rungId();
    if (!rung.equals(got)) {
      out.add(mismatch(at, VectorMessages.level(ladderId), rung, got, d.reason()));
    }
  }

  private static void award(
      List<Mismatch> out, Scorecard card, String schemeId, GoldenVector.Award want) {
    String at = "/expected/awards/" + escape(schemeId);
    Optional<AwardDecision> found = card.award(schemeId);
    String tier = want.tier() == null ? "none" : want.tier();
    if (found.isEmpty()) {
      out.add(
          mismatch(
              at + "/tier",
              VectorMessages.award(schemeId),
              tier,
              "none",
              VectorMessages.noSuchScheme(schemeId)));
      return;
    }
    AwardDecision d = found.get();
    Text why = reasons(d);
    String got = d.tierId() == null ? "none" : d.tierId();
    if (!tier.equals(got)) {
      out.add(mismatch(at + "/tier", VectorMessages.award(schemeId), tier, got, why));
    }
    List<Text> names = want.namedConditionsHeld();
    if (names != null && !names.equals(d.namedConditionsHeld())) {
      out.add(
          mismatch(
              at + "/namedConditionsHeld",
              VectorMessages.namedConditions(schemeId),
              names(names),
              names(d.namedConditionsHeld()),
              why));
    }
  }

  /** Each tier checked, with its reason, in the order checked. */
  private static Text reasons(AwardDecision d) {
    StringBuilder th = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (TierCheck c : d.checks()) {
      String sep = th.length() == 0 ? "" : "; ";
      th.append(sep).append(c.tierId()).append(": ").append(c.result().reason().get(Language.TH));
      en.append(sep).append(c.tierId()).append(": ").append(c.result().reason().get(Language.EN));
    }
    return Text.of(th.toString(), en.toString());
  }

  private static String names(List<Text> names) {
    return names.stream().map(t -> t.get(Language.EN)).collect(Collectors.joining(", ", "[", "]"));
  }

  private static Text node(NodeScore n) {
    return VectorMessages.nodeExplanation(
        n.explanation().calculation(), n.explanation().allotment(), n.percentExplained());
  }

  private static void number(
      List<Mismatch> out,
      String at,
      Text subject,
      @Nullable BigDecimal expected,
      BigDecimal actual,
      Text why) {
    if (expected != null && expected.compareTo(actual) != 0) {
      out.add(mismatch(at, subject, expected.toPlainString(), actual.toPlainString(), why));
    }
  }

  private static Mismatch mismatch(
      String at, Text subject, String expected, String actual, Text explanation) {
    return new Mismatch(
        at,
        expected,
        actual,
        explanation,
        VectorMessages.mismatch(subject, expected, actual, explanation));
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
