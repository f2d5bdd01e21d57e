package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Metric;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code indicator-percent} metric ({@link Metric.IndicatorPercent}): the percent of its points
 * one indicator's rating earns ({@code indicator}, its id).
 */
final class IndicatorPercentMetricCodec implements MetricCodec<Metric.IndicatorPercent> {
  @Override
  public String type() {
    return "indicator-percent";
  }

  @Override
  public Class<Metric.IndicatorPercent> kind() {
    return Metric.IndicatorPercent.class;
  }

  @Override
  public MetricDoc read(Obj m) {
    String indicator = m.string("indicator");
    if (indicator == null) {
      Fields.missing(m, "indicator");
    }
    return new MetricDoc(type(), null, null, indicator);
  }

  @Override
  public Metric toModel(MetricDoc d) {
    return new Metric.IndicatorPercent(Objects.requireNonNull(d.indicator()));
  }

  @Override
  public void write(Metric.IndicatorPercent p, JsonGenerator g) {
    g.writeStringProperty("indicator", p.indicatorId());
  }
}
