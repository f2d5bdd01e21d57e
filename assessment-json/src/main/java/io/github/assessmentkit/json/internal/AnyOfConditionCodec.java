package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.rubric.Condition;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code any-of} condition ({@link Condition.AnyOf}): met when at least one of its {@code
 * conditions} is met.
 */
final class AnyOfConditionCodec implements ConditionCodec<Condition.AnyOf> {
  @Override
  public String type() {
    return "any-of";
  }

  @Override
  public Class<Condition.AnyOf> kind() {
    return Condition.AnyOf.class;
  }

  @Override
  public ConditionDoc read(Obj c) {
    List<@Nullable ConditionDoc> parts = ConditionCodecs.parts(c);
    return new ConditionDoc(type(), null, null, null, parts, null, null, null, null, null);
  }

  @Override
  public Condition toModel(ConditionDoc d) {
    return new Condition.AnyOf(ConditionCodecs.parts(d));
  }

  @Override
  public void write(Condition.AnyOf all, JsonGenerator g) {
    ConditionCodecs.writeParts(all.conditions(), g);
  }
}
