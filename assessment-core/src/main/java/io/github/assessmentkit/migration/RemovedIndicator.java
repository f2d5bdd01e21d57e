package io.github.assessmentkit.migration;

import io.github.assessmentkit.rubric.diff.RubricChange;
import org.jspecify.annotations.Nullable;

/** The indicator a change removes, or null for every other kind of change. */
final class RemovedIndicator implements RubricChange.Visitor<@Nullable String> {
  static final RemovedIndicator INSTANCE = new RemovedIndicator();

  private RemovedIndicator() {}

  @Override
  public @Nullable String visitCriterionAdded(RubricChange.CriterionAdded change) {
    return null;
  }

  @Override
  public @Nullable String visitCriterionRemoved(RubricChange.CriterionRemoved change) {
    return null;
  }

  @Override
  public @Nullable String visitIndicatorAdded(RubricChange.IndicatorAdded change) {
    return null;
  }

  @Override
  public @Nullable String visitIndicatorRemoved(RubricChange.IndicatorRemoved change) {
    return change.indicator().id();
  }

  @Override
  public @Nullable String visitRenamed(RubricChange.Renamed change) {
    return null;
  }

  @Override
  public @Nullable String visitMoved(RubricChange.Moved change) {
    return null;
  }

  @Override
  public @Nullable String visitPointsChanged(RubricChange.PointsChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitWeightChanged(RubricChange.WeightChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitStrategyChanged(RubricChange.StrategyChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitScaleChanged(RubricChange.ScaleChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitAreaChanged(RubricChange.AreaChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitLadderChanged(RubricChange.LadderChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitAwardChanged(RubricChange.AwardChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitProvenanceChanged(RubricChange.ProvenanceChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitNodeSettingChanged(RubricChange.NodeSettingChanged change) {
    return null;
  }

  @Override
  public @Nullable String visitRubricSettingChanged(RubricChange.RubricSettingChanged change) {
    return null;
  }
}
