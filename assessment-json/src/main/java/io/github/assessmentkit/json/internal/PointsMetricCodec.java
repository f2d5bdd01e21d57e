package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Metric;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code points} metric ({@link Metric.Points}): the points earned by some criteria ({@code
 * criteria}, their ids).
 */
final class PointsMetricCodec implements MetricCodec<Metric.Points> {
  @Override
  public String type() {
    return "points";
  }

  @Override
  public Class<Metric.Points> kind() {
    return Metric.Points.class;
  }

  @Override
  public MetricDoc read(Obj m) {
    List<@Nullable String> criteria = m.strings("criteria");
    if (criteria != null && criteria.isEmpty()) {
      Fields.missing(m, "criteria");
    }
    return new MetricDoc(type(), criteria, null);
  }

  @Override
  public Metric toModel(MetricDoc d) {
    return new Metric.Points(CommonDocs.present(d.criteria()));
  }

  @Override
  public void write(Metric.Points p, JsonGenerator g) {
    Writing.strings("criteria", p.criterionIds(), g);
  }
}
