package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Metric;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code percent} metric ({@link Metric.Percent}): the percentage earned by one criterion
 * ({@code criterion}, its id).
 */
final class PercentMetricCodec implements MetricCodec<Metric.Percent> {
  @Override
  public String type() {
    return "percent";
  }

  @Override
  public Class<Metric.Percent> kind() {
    return Metric.Percent.class;
  }

  @Override
  public MetricDoc read(Obj m) {
    String criterion = m.string("criterion");
    if (criterion == null) {
      Fields.missing(m, "criterion");
    }
    return new MetricDoc(type(), null, criterion);
  }

  @Override
  public Metric toModel(MetricDoc d) {
    return new Metric.Percent(Objects.requireNonNull(d.criterion()));
  }

  @Override
  public void write(Metric.Percent p, JsonGenerator g) {
    g.writeStringProperty("criterion", p.criterionId());
  }
}
