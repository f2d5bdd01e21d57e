package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code rated-with} condition ({@link Condition.RatedWith}): met when an indicator ({@code
 * indicator}) is rated with a code ({@code code}), and optionally what it decides when the
 * indicator has no value ({@code whenNotApplicable}: {@code holds}, {@code fails} or {@code
 * undecided}; absent means {@code fails}, the default, which is never written).
 */
final class RatedWithConditionCodec implements ConditionCodec<Condition.RatedWith> {
  @Override
  public String type() {
    return "rated-with";
  }

  @Override
  public Class<Condition.RatedWith> kind() {
    return Condition.RatedWith.class;
  }

  @Override
  public ConditionDoc read(Obj c) {
    String indicator = c.string("indicator");
    String code = c.string("code");
    WhenNotApplicable rule = c.choice("whenNotApplicable", WhenNotApplicable.class);
    Fields.require(c, "indicator", "code");
    return new ConditionDoc(
        type(), null, null, null, null, null, null, null, null, null, rule, indicator, code);
  }

  @Override
  public Condition toModel(ConditionDoc d) {
    return new Condition.RatedWith(
        Objects.requireNonNull(d.indicator()),
        Objects.requireNonNull(d.code()),
        d.whenNotApplicable() == null ? WhenNotApplicable.FAILS : d.whenNotApplicable());
  }

  @Override
  public void write(Condition.RatedWith r, JsonGenerator g) {
    g.writeStringProperty("indicator", r.indicatorId());
    g.writeStringProperty("code", r.code());
    if (r.whenNotApplicable() != WhenNotApplicable.FAILS) {
      g.writeStringProperty("whenNotApplicable", Obj.jsonName(r.whenNotApplicable()));
    }
  }
}
