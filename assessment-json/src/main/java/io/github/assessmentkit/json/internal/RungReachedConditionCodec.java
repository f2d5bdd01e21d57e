package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.rubric.Condition;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code rung-reached} condition ({@link Condition.RungReached}): met when the scorecard
 * reaches a rung of a ladder ({@code ladder}, {@code rung}).
 */
final class RungReachedConditionCodec implements ConditionCodec<Condition.RungReached> {
  @Override
  public String type() {
    return "rung-reached";
  }

  @Override
  public Class<Condition.RungReached> kind() {
    return Condition.RungReached.class;
  }

  @Override
  public ConditionDoc read(Obj c) {
    String ladder = c.string("ladder");
    String rung = c.string("rung");
    Fields.require(c, "ladder", "rung");
    return new ConditionDoc(type(), null, null, null, null, ladder, rung, null, null, null);
  }

  @Override
  public Condition toModel(ConditionDoc d) {
    return new Condition.RungReached(
        Objects.requireNonNull(d.ladder()), Objects.requireNonNull(d.rung()));
  }

  @Override
  public void write(Condition.RungReached r, JsonGenerator g) {
    g.writeStringProperty("ladder", r.ladderId());
    g.writeStringProperty("rung", r.rungId());
  }
}
