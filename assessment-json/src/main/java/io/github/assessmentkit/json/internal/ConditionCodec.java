package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.rubric.Condition;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one kind of award condition: the one file a condition kind needs in the JSON
 * module. Registered in {@link ConditionCodecs}.
 *
 * @param <T> the condition's model class
 */
interface ConditionCodec<T extends Condition> extends Kind<T> {
  /**
   * Reads the condition's properties (its {@code type} already read), reporting those it needs that
   * are absent.
   *
   * @param c the condition object
   * @return the record
   */
  ConditionDoc read(Obj c);

  /**
   * Makes the condition from its checked record.
   *
   * @param d the record, of this kind
   * @return the condition
   */
  Condition toModel(ConditionDoc d);

  /**
   * Writes the condition's properties after its {@code type}.
   *
   * @param condition the condition
   * @param g the generator, inside the condition's object
   */
  void write(T condition, JsonGenerator g);
}
