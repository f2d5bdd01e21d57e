package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Metric;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code total-percent} metric ({@link Metric.TotalPercent}): the rubric's total as a
 * percentage, no properties.
 */
final class TotalPercentMetricCodec implements MetricCodec<Metric.TotalPercent> {
  @Override
  public String type() {
    return "total-percent";
  }

  @Override
  public Class<Metric.TotalPercent> kind() {
    return Metric.TotalPercent.class;
  }

  @Override
  public MetricDoc read(Obj m) {
    return new MetricDoc(type(), null, null);
  }

  @Override
  public Metric toModel(MetricDoc d) {
    return Metric.totalPercent();
  }

  @Override
  public void write(Metric.TotalPercent metric, JsonGenerator g) {
    // no properties
  }
}
