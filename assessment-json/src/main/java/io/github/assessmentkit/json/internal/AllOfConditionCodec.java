package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.rubric.Condition;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code all-of} condition ({@link Condition.AllOf}): met when every one of its {@code
 * conditions} is met.
 */
final class AllOfConditionCodec implements ConditionCodec<Condition.AllOf> {
  @Override
  public String type() {
    return "all-of";
  }

  @Override
  public Class<Condition.AllOf> kind() {
    return Condition.AllOf.class;
  }

  @Override
  public ConditionDoc read(Obj c) {
    List<@Nullable ConditionDoc> parts = ConditionCodecs.parts(c);
    return new ConditionDoc(type(), null, null, null, parts, null, null, null, null, null);
  }

  @Override
  public Condition toModel(ConditionDoc d) {
    return new Condition.AllOf(ConditionCodecs.parts(d));
  }

  @Override
  public void write(Condition.AllOf all, JsonGenerator g) {
    ConditionCodecs.writeParts(all.conditions(), g);
  }
}
