package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.spi.RubricProvider;
import java.util.List;

/**
 * Supplies the CQA, good-governance and internal-control criteria sets to {@link
 * io.github.assessmentkit.scoring.RubricRegistry}. Declared in this module's descriptor and in
 * {@code META-INF/services}, so {@code RubricRegistry.builder().discover()} finds it on the module
 * path and on the class path alike; an application may also register it by hand.
 *
 * <pre>{@code
 * RubricRegistry rubrics = RubricRegistry.builder().register(new CqaRubricProvider()).build();
 * }</pre>
 *
 * <p>Thread-safe: stateless; the rubrics are immutable.
 */
public final class CqaRubricProvider implements RubricProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public CqaRubricProvider() {}

  @Override
  public String name() {
    return "assessment-rubric-cqa";
  }

  @Override
  public List<Rubric> rubrics() {
    return CqaSets.all();
  }
}
