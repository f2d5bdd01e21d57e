package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.text;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.rubric.Condition;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code named} condition ({@link Condition.Named}): a condition with a name to show in
 * explanations ({@code name}, {@code condition}).
 */
final class NamedConditionCodec implements ConditionCodec<Condition.Named> {
  @Override
  public String type() {
    return "named";
  }

  @Override
  public Class<Condition.Named> kind() {
    return Condition.Named.class;
  }

  @Override
  public ConditionDoc read(Obj c) {
    TextDoc name = text(c, "name");
    Obj inner = c.object("condition");
    ConditionDoc named = inner == null ? null : ConditionCodecs.read(inner);
    Fields.require(c, "name", "condition");
    return new ConditionDoc(type(), null, null, null, null, null, null, null, name, named);
  }

  @Override
  public Condition toModel(ConditionDoc d) {
    return new Condition.Named(
        Objects.requireNonNull(d.name()).toModel(),
        ConditionCodecs.toModel(Objects.requireNonNull(d.condition())));
  }

  @Override
  public void write(Condition.Named named, JsonGenerator g) {
    text("name", named.name(), g);
    g.writeName("condition");
    ConditionCodecs.write(named.condition(), g);
  }
}
