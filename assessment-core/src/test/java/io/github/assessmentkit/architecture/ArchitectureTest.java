package io.github.assessmentkit.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package graph of the core is the layering written down in {@code
 * io.github.assessmentkit.package-info}: a DAG that follows the data flow, where a package and its
 * own {@code internal} count as one unit, and so do {@code text}, the root package and {@code
 * internal}.
 */
@AnalyzeClasses(
    packages = "io.github.assessmentkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "io.github.assessmentkit";

  /**
   * The units of the package graph: each top-level package with its sub-packages (its own {@code
   * internal}), except that {@code text}, the root package and {@code internal} form one unit, the
   * base.
   */
  private static final SliceAssignment UNITS =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (name.equals(ROOT)) {
            return SliceIdentifier.of("base");
          }
          if (!name.startsWith(ROOT + ".")) {
            return SliceIdentifier.ignore();
          }
          String top = name.substring(ROOT.length() + 1).split("\\.", 2)[0];
          return SliceIdentifier.of(top.equals("text") || top.equals("internal") ? "base" : top);
        }

        @Override
        public String getDescription() {
          return "top-level packages, with text, the root package and internal as one";
        }
      };

  /** No cycle between packages, a package and its own {@code internal} taken as one. */
  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().assignedFrom(UNITS).should().beFreeOfCycles();

  /** Each layer uses only the layers before it, in the order of the package documentation. */
  @ArchTest
  static final ArchRule each_layer_uses_only_the_layers_before_it =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("base")
          .definedBy(ROOT, ROOT + ".internal..", ROOT + ".text..")
          .layer("time")
          .definedBy(ROOT + ".time..")
          .layer("scale")
          .definedBy(ROOT + ".scale..")
          .layer("rubric")
          .definedBy(ROOT + ".rubric..")
          .layer("assessment")
          .definedBy(ROOT + ".assessment..")
          .layer("validation")
          .definedBy(ROOT + ".validation..")
          .layer("consensus")
          .definedBy(ROOT + ".consensus..")
          .layer("spi")
          .definedBy(ROOT + ".spi..")
          .layer("scoring")
          .definedBy(ROOT + ".scoring..")
          .layer("analysis")
          .definedBy(ROOT + ".analysis..")
          .layer("planning")
          .definedBy(ROOT + ".planning..")
          .layer("history")
          .definedBy(ROOT + ".history..")
          .layer("migration")
          .definedBy(ROOT + ".migration..")
          .layer("cohort")
          .definedBy(ROOT + ".cohort..")
          .layer("results")
          .definedBy(ROOT + ".results..")
          .layer("actionplan")
          .definedBy(ROOT + ".actionplan..")
          .whereLayer("base")
          .mayNotAccessAnyLayer()
          .whereLayer("time")
          .mayOnlyAccessLayers("base")
          .whereLayer("scale")
          .mayOnlyAccessLayers("base", "time")
          .whereLayer("rubric")
          .mayOnlyAccessLayers("base", "time", "scale")
          .whereLayer("assessment")
          .mayOnlyAccessLayers("base", "time", "scale", "rubric")
          .whereLayer("validation")
          .mayOnlyAccessLayers("base", "time", "scale", "rubric", "assessment")
          .whereLayer("consensus")
          .mayOnlyAccessLayers("base", "time", "scale", "rubric", "assessment", "validation")
          .whereLayer("spi")
          .mayOnlyAccessLayers("base", "time", "scale", "rubric", "assessment", "validation")
          .whereLayer("scoring")
          .mayOnlyAccessLayers("base", "time", "scale", "rubric", "assessment", "validation", "spi")
          .whereLayer("analysis")
          .mayOnlyAccessLayers(
              "base", "time", "scale", "rubric", "assessment", "validation", "spi", "scoring")
          .whereLayer("planning")
          .mayOnlyAccessLayers(
              "base", "time", "scale", "rubric", "assessment", "validation", "spi", "scoring")
          .whereLayer("history")
          .mayOnlyAccessLayers(
              "base", "time", "scale", "rubric", "assessment", "validation", "spi", "scoring")
          .whereLayer("migration")
          .mayOnlyAccessLayers(
              "base",
              "time",
              "scale",
              "rubric",
              "assessment",
              "validation",
              "spi",
              "scoring",
              "history")
          .whereLayer("cohort")
          .mayOnlyAccessLayers(
              "base", "time", "scale", "rubric", "assessment", "validation", "spi", "scoring")
          .whereLayer("results")
          .mayOnlyAccessLayers(
              "base", "time", "scale", "rubric", "assessment", "validation", "spi", "scoring")
          .whereLayer("actionplan")
          .mayOnlyAccessLayers(
              "base",
              "time",
              "scale",
              "rubric",
              "assessment",
              "validation",
              "spi",
              "scoring",
              "analysis",
              "planning");
}
