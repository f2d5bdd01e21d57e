/**
 * AssessmentKit core: the assessment model, scoring and bilingual text.
 *
 * <p>JSpecify is a static dependency: its annotations are needed to compile against this module and
 * are re-exported to readers, but nothing needs it at run time.
 */
module io.github.assessmentkit.core {
  requires static transitive org.jspecify;

  exports io.github.assessmentkit.text;
}
