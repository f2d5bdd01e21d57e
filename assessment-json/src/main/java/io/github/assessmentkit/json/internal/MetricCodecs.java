package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Metric;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The metric kinds the JSON format knows, one codec each: {@code total-points}, {@code
 * total-percent}, {@code points}, {@code percent} and {@code indicator-percent}.
 */
final class MetricCodecs {
  /** Every metric kind's codec. */
  static final Family<Metric, MetricCodec<?>> FAMILY =
      new Family<>(
          Metric.class,
          List.of(
              new TotalPointsMetricCodec(),
              new TotalPercentMetricCodec(),
              new PointsMetricCodec(),
              new PercentMetricCodec(),
              new IndicatorPercentMetricCodec()));

  private MetricCodecs() {}

  /**
   * Reads a metric object, reporting a missing or unknown {@code type} and unknown properties.
   *
   * @param m the object
   * @return the record, or null when the type is missing or unknown
   */
  static @Nullable MetricDoc read(Obj m) {
    String type = Fields.type(m, FAMILY.types());
    if (type == null) {
      return null;
    }
    MetricDoc doc = FAMILY.known(type).read(m);
    m.noRest();
    return doc;
  }

  /**
   * Makes a metric from its checked record.
   *
   * @param d the record
   * @return the metric
   */
  static Metric toModel(MetricDoc d) {
    return FAMILY.known(java.util.Objects.requireNonNull(d.type())).toModel(d);
  }

  /**
   * Writes a metric as an object: its {@code type} first, then the properties of its kind.
   *
   * @param metric the metric
   * @param g the generator
   * @throws IllegalStateException if the metric's kind has no codec
   */
  static void write(Metric metric, JsonGenerator g) {
    MetricCodec<?> codec = FAMILY.of(metric);
    g.writeStartObject();
    g.writeStringProperty("type", codec.type());
    write(codec, metric, g);
    g.writeEndObject();
  }

  private static <T extends Metric> void write(
      MetricCodec<T> codec, Metric metric, JsonGenerator g) {
    codec.write(codec.kind().cast(metric), g);
  }
}
