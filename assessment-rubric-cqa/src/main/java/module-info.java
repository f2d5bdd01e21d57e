/** The criteria sets for Thai cooperatives: CQA, good governance and internal control. */
module io.github.assessmentkit.rubric.cqa {
  requires transitive io.github.assessmentkit.core;

  exports io.github.assessmentkit.cqa;
}
