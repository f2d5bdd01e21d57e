package io.github.assessmentkit.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph of the core is the layering written down in {@code
 * io.github.assessmentkit.package-info}: a DAG that follows the data flow, where a package and its
 * own {@code internal} count as one unit.
 */
@AnalyzeClasses(
    packages = "io.github.assessmentkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ROOT = "io.github.assessmentkit";

  /** No cycle between packages, a package and its own {@code internal} taken as one. */
  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

  /** Each layer uses only the layers before it, in the order of the package documentation. */
  @ArchTest
  static final ArchRule each_layer_uses_only_the_layers_before_it =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("text")
          .definedBy(ROOT + ".text..")
          .layer("base")
          .definedBy(ROOT, ROOT + ".internal..")
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
          .layer("spi")
          .definedBy(ROOT + ".spi..")
          .layer("scoring")
          .definedBy(ROOT + ".scoring..")
          .layer("analysis")
          .definedBy(ROOT + ".analysis..")
          .whereLayer("text")
          .mayNotAccessAnyLayer()
          .whereLayer("base")
          .mayOnlyAccessLayers("text")
          .whereLayer("time")
          .mayOnlyAccessLayers("text", "base")
          .whereLayer("scale")
          .mayOnlyAccessLayers("text", "base", "time")
          .whereLayer("rubric")
          .mayOnlyAccessLayers("text", "base", "time", "scale")
          .whereLayer("assessment")
          .mayOnlyAccessLayers("text", "base", "time", "scale", "rubric")
          .whereLayer("validation")
          .mayOnlyAccessLayers("text", "base", "time", "scale", "rubric", "assessment")
          .whereLayer("spi")
          .mayOnlyAccessLayers(
              "text", "base", "time", "scale", "rubric", "assessment", "validation")
          .whereLayer("scoring")
          .mayOnlyAccessLayers(
              "text", "base", "time", "scale", "rubric", "assessment", "validation", "spi")
          .whereLayer("analysis")
          .mayOnlyAccessLayers(
              "text",
              "base",
              "time",
              "scale",
              "rubric",
              "assessment",
              "validation",
              "spi",
              "scoring");
}
