package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.number;

import io.github.assessmentkit.json.internal.AwardRuleDocs.ConditionDoc;
import io.github.assessmentkit.rubric.Condition;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code coverage-at-least} condition ({@link Condition.CoverageAtLeast}): met when at least a
 * percentage of the indicators is rated ({@code percent}).
 */
final class CoverageAtLeastConditionCodec implements ConditionCodec<Condition.CoverageAtLeast> {
  @Override
  public String type() {
    return "coverage-at-least";
  }

  @Override
  public Class<Condition.CoverageAtLeast> kind() {
    return Condition.CoverageAtLeast.class;
  }

  @Override
  public ConditionDoc read(Obj c) {
    BigDecimal percent = c.decimal("percent");
    Fields.require(c, "percent");
    return new ConditionDoc(type(), null, null, null, null, null, null, percent, null, null);
  }

  @Override
  public Condition toModel(ConditionDoc d) {
    return new Condition.CoverageAtLeast(Objects.requireNonNull(d.percent()));
  }

  @Override
  public void write(Condition.CoverageAtLeast cov, JsonGenerator g) {
    number("percent", cov.percent(), g);
  }
}
