/**
 * The criteria sets for Thai cooperatives: CQA, good governance and internal control, supplied to
 * the core's rubric registry.
 */
module io.github.assessmentkit.rubric.cqa {
  requires transitive io.github.assessmentkit.core;

  exports io.github.assessmentkit.cqa;

  provides io.github.assessmentkit.spi.RubricProvider with
      io.github.assessmentkit.cqa.CqaRubricProvider;
}
