package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Metric;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one kind of metric (what a ladder or a condition measures): the one file a
 * metric kind needs in the JSON module. Registered in {@link MetricCodecs}.
 *
 * @param <T> the metric's model class
 */
interface MetricCodec<T extends Metric> extends Kind<T> {
  /**
   * Reads the metric's properties (its {@code type} already read).
   *
   * @param m the metric object
   * @return the record
   */
  MetricDoc read(Obj m);

  /**
   * Makes the metric from its checked record.
   *
   * @param d the record, of this kind
   * @return the metric
   */
  Metric toModel(MetricDoc d);

  /**
   * Writes the metric's properties after its {@code type}.
   *
   * @param metric the metric
   * @param g the generator, inside the metric's object
   */
  void write(T metric, JsonGenerator g);
}
