package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Metric;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code total-points} metric ({@link Metric.TotalPoints}): the rubric's total points, no
 * properties.
 */
final class TotalPointsMetricCodec implements MetricCodec<Metric.TotalPoints> {
  @Override
  public String type() {
    return "total-points";
  }

  @Override
  public Class<Metric.TotalPoints> kind() {
    return Metric.TotalPoints.class;
  }

  @Override
  public MetricDoc read(Obj m) {
    return new MetricDoc(type(), null, null);
  }

  @Override
  public Metric toModel(MetricDoc d) {
    return Metric.totalPoints();
  }

  @Override
  public void write(Metric.TotalPoints metric, JsonGenerator g) {
    // no properties
  }
}
