package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Identifiers;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The checks {@link RubricBuilder#build()} makes before the rubric's own: the ones the JSON reader
 * makes on a document, so that a rubric that builds can be written and read back. Every id and code
 * follows the {@link Identifiers} rule, and every strategy a rubric names is known.
 */
final class BuildChecks {
  private BuildChecks() {}

  static void check(RubricBuilder b, KnownStrategies strategies) {
    identifier(b.id, b.id, "rubric id", "รหัสเกณฑ์ชุด");
    identifier(b.id, b.version, "rubric version", "รุ่นของเกณฑ์ชุด");
    if (b.defaultStrategy != null) {
      identifier(b.id, b.defaultStrategy, "defaultStrategy", "วิธีคิดคะแนนตั้งต้น");
      strategy(b.id, b.defaultStrategy, strategies);
    }
    criteria(b.criteria, strategies);
    for (Ladder ladder : b.ladders) {
      identifier(ladder.id(), ladder.id(), "ladder id", "รหัสลำดับขั้น");
      for (Rung rung : ladder.rungs()) {
        identifier(ladder.id(), rung.id(), "rung id", "รหัสขั้น");
      }
    }
    for (AwardScheme scheme : b.awards) {
      identifier(scheme.id(), scheme.id(), "award scheme id", "รหัสเกณฑ์รางวัล");
      for (AwardTier tier : scheme.tiers()) {
        identifier(scheme.id(), tier.id(), "award tier id", "รหัสระดับรางวัล");
      }
    }
  }

  private static void criteria(List<Criterion> criteria, KnownStrategies strategies) {
    for (Criterion c : criteria) {
      identifier(c.id(), c.id(), "criterion id", "รหัสเกณฑ์");
      if (c.strategy() != null) {
        identifier(
            c.id(),
            c.strategy(),
            "strategy of '" + c.id() + "'",
            "วิธีคิดคะแนนของ '" + c.id() + "'");
        strategy(c.id(), c.strategy(), strategies);
      }
      for (Area a : c.areas()) {
        identifier(c.id(), a.id(), "area id", "รหัสประเด็นพิจารณา");
      }
      for (Indicator i : c.indicators()) {
        identifier(i.id(), i.id(), "indicator id", "รหัสตัวชี้วัด");
        i.scale().accept(new Codes(i.id()));
      }
      criteria(c.children(), strategies);
    }
  }

  private static void strategy(String owner, String strategyId, KnownStrategies strategies) {
    if (!strategies.knows(strategyId)) {
      throw new InvalidRubricException(
          owner, RubricMessages.unknownStrategyIn(owner, strategyId, strategies.ids()));
    }
  }

  private static void identifier(String owner, String value, String what, String whatTh) {
    Identifiers.Problem p = Identifiers.problem(value);
    if (p != null) {
      throw new InvalidRubricException(owner, RubricMessages.badIdentifier(what, whatTh, value, p));
    }
  }

  /** Checks the codes a scale's ratings name: band dimensions and levels. Returns null. */
  private static final class Codes implements Scale.Visitor<@Nullable Void> {
    private final String owner;

    Codes(String owner) {
      this.owner = owner;
    }

    @Override
    public @Nullable Void visitBand(BandScale scale) {
      for (Dimension d : scale.dimensions()) {
        identifier(owner, d.code(), "dimension code", "รหัสมิติ");
      }
      return null;
    }

    @Override
    public @Nullable Void visitLevel(LevelScale scale) {
      for (Level l : scale.levels()) {
        identifier(owner, l.code(), "level code", "รหัสระดับ");
      }
      return null;
    }

    @Override
    public @Nullable Void visitYesPartialNo(YesPartialNoScale scale) {
      return null;
    }

    @Override
    public @Nullable Void visitYesNo(YesNoScale scale) {
      return null;
    }

    @Override
    public @Nullable Void visitLikert(LikertScale scale) {
      return null;
    }

    @Override
    public @Nullable Void visitMeasure(MeasureScale scale) {
      return null;
    }

    @Override
    public @Nullable Void visitNumeric(NumericScale scale) {
      return null;
    }
  }
}
