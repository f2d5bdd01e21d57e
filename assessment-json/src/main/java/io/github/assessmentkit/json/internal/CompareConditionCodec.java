package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.number;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.MetricDoc;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code compare} condition ({@link Condition.Compare}): a metric compared with a bound ({@code
 * metric}, {@code comparison}, {@code bound}), and optionally what it decides when the metric does
 * not apply ({@code whenNotApplicable}: {@code holds}, {@code fails} or {@code undecided}; absent
 * means {@code fails}, the default, which is never written).
 */
final class CompareConditionCodec implements ConditionCodec<Condition.Compare> {
  @Override
  public String type() {
    return "compare";
  }

  @Override
  public Class<Condition.Compare> kind() {
    return Condition.Compare.class;
  }

  @Override
  public ConditionDoc read(Obj c) {
    Obj m = c.object("metric");
    MetricDoc metric = m == null ? null : MetricCodecs.read(m);
    Comparison comparison = c.choice("comparison", Comparison.class);
    BigDecimal bound = c.decimal("bound");
    WhenNotApplicable rule = c.choice("whenNotApplicable", WhenNotApplicable.class);
    Fields.require(c, "metric", "comparison", "bound");
    return new ConditionDoc(
        type(), metric, comparison, bound, null, null, null, null, null, null, rule);
  }

  @Override
  public Condition toModel(ConditionDoc d) {
    return new Condition.Compare(
        MetricCodecs.toModel(Objects.requireNonNull(d.metric())),
        Objects.requireNonNull(d.comparison()),
        Objects.requireNonNull(d.bound()),
        d.whenNotApplicable() == null ? WhenNotApplicable.FAILS : d.whenNotApplicable());
  }

  @Override
  public void write(Condition.Compare cmp, JsonGenerator g) {
    g.writeName("metric");
    MetricCodecs.write(cmp.metric(), g);
    g.writeStringProperty("comparison", Obj.jsonName(cmp.comparison()));
    number("bound", cmp.bound(), g);
    if (cmp.whenNotApplicable() != WhenNotApplicable.FAILS) {
      // the default is left out, so documents without the rule stay as they were
      g.writeStringProperty("whenNotApplicable", Obj.jsonName(cmp.whenNotApplicable()));
    }
  }
}
