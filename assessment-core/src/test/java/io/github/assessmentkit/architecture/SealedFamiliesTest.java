package io.github.assessmentkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.migration.MappingStep;
import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Comparison;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.diff.NodeKind;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.Threshold;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.text.Text;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sealed family of the core is dispatched through its visitor, and the visitor covers every
 * permitted subtype. Adding a subtype fails to compile in each visitor implementation; this test
 * names the families and their subtypes so that a new family or subtype also fails here, with a
 * message saying what to add.
 */
class SealedFamiliesTest {

  /** A sealed family: its interface, its visitor and one sample of each permitted subtype. */
  record Family(Class<?> type, Class<?> visitor, List<?> samples) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  private static final Text T = Text.en("t");

  static Stream<Family> families() {
    return Stream.of(
        new Family(
            Formula.class,
            Formula.Visitor.class,
            List.of(
                new Formula.Sum(),
                new Formula.Mean(),
                new Formula.Lowest("1"),
                new Formula.AllMet(null),
                new Formula.CountMet(1, 2),
                new Formula.Band("1"),
                new Formula.Written("1 + 1 = 2"))),
        new Family(
            Scale.class,
            Scale.Visitor.class,
            List.of(
                new BandScale(T, List.of(), List.of(new Band(1, List.of(0, 100), T, Map.of()))),
                new LevelScale(T, List.of(new Level("0", T, null), new Level("1", T, null))),
                YesPartialNoScale.STANDARD,
                YesNoScale.STANDARD,
                new LikertScale(5, T, T),
                new MeasureScale(
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    null,
                    List.of(new Threshold(BigDecimal.TEN, BigDecimal.ONE, T)),
                    T),
                NumericScale.of(T, 0, 5))),
        new Family(
            RatingValue.class,
            RatingValue.Visitor.class,
            List.of(RatingValue.of(1), RatingValue.choice("yes"))),
        new Family(
            RatingState.class,
            RatingState.Visitor.class,
            List.of(
                new RatingState.Rated(RatingValue.of(1)),
                new RatingState.NotApplicable("no branch"),
                new RatingState.Unknown(null))),
        new Family(
            Metric.class,
            Metric.Visitor.class,
            List.of(
                Metric.totalPoints(),
                Metric.totalPercent(),
                Metric.points("1"),
                Metric.percent("1"),
                Metric.indicatorPercent("1.1"))),
        new Family(
            Condition.class,
            Condition.Visitor.class,
            List.of(
                new Condition.Compare(Metric.totalPoints(), Comparison.AT_LEAST, BigDecimal.ONE),
                Condition.allOf(Condition.atLeast(Metric.totalPoints(), 1)),
                Condition.anyOf(Condition.atLeast(Metric.totalPoints(), 1)),
                new Condition.RungReached("ladder", "rung"),
                new Condition.CoverageAtLeast(BigDecimal.TEN),
                Condition.named(T, Condition.atLeast(Metric.totalPoints(), 1)),
                Condition.ratedWith("1.1", "yes"))),
        new Family(
            RubricChange.class,
            RubricChange.Visitor.class,
            List.of(
                new RubricChange.CriterionAdded(null, CRITERION),
                new RubricChange.CriterionRemoved(null, CRITERION),
                new RubricChange.IndicatorAdded("1", INDICATOR),
                new RubricChange.IndicatorRemoved("1", INDICATOR),
                new RubricChange.Renamed(NodeKind.CRITERION, "1", T, Text.en("u")),
                new RubricChange.Moved(NodeKind.INDICATOR, "1.1", "1", "2"),
                new RubricChange.PointsChanged("1", BigDecimal.ONE, BigDecimal.TEN),
                new RubricChange.WeightChanged(NodeKind.CRITERION, "1", null, BigDecimal.ONE),
                new RubricChange.StrategyChanged("1", null, "points-sum"),
                new RubricChange.ScaleChanged(
                    "1.1", YesNoScale.STANDARD, YesPartialNoScale.STANDARD, T),
                new RubricChange.AreaChanged("1", "1a", null, new Area("1a", T)),
                new RubricChange.LadderChanged("l", null, LADDER),
                new RubricChange.AwardChanged("a", AWARD, null),
                new RubricChange.ProvenanceChanged(PROVENANCE, Provenance.verified(T, T)),
                new RubricChange.NodeSettingChanged(NodeKind.CRITERION, "1", "kind", "A", "B"),
                new RubricChange.RubricSettingChanged("version", T, Text.en("2")))),
        new Family(
            MappingStep.class,
            MappingStep.Visitor.class,
            List.of(
                new MappingStep.Rename("1.1", "1.2"),
                new MappingStep.Merge(List.of("1.1", "1.2"), "1.3", MergeRule.LOWEST),
                new MappingStep.Split("1.1", List.of("1.1a", "1.1b")),
                new MappingStep.Drop("1.1"))));
  }

  private static final Provenance PROVENANCE = Provenance.unverified(T, T);

  private static final Indicator INDICATOR = Indicator.of("1.1", T, YesNoScale.STANDARD);

  private static final Criterion CRITERION =
      Criterion.builder("1", T).points(10).indicator(INDICATOR).build();

  private static final Ladder LADDER =
      new Ladder(
          "l",
          T,
          Metric.totalPoints(),
          List.of(Rung.above("good", T, 5), Rung.bottom("fair", T)),
          PROVENANCE);

  private static final AwardScheme AWARD =
      new AwardScheme(
          "a",
          T,
          List.of(new AwardTier("gold", T, Condition.atLeast(Metric.totalPoints(), 9))),
          PROVENANCE,
          null);

  private static JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.assessmentkit");
  }

  @Test
  void every_sealed_type_of_the_core_is_a_family_listed_here() {
    // given every class of the core's main code
    Set<Class<?>> sealed =
        mainClasses().stream()
            .map(JavaClass::reflect)
            .filter(Class::isSealed)
            .collect(Collectors.toSet());

    // then
    assertThat(sealed)
        .as(
            "a new sealed type needs a Visitor with one method per permitted subtype, an accept"
                + " method in each subtype, and an entry in SealedFamiliesTest.families()")
        .containsExactlyInAnyOrderElementsOf(families().map(Family::type).toList());
  }

  @Test
  void the_core_tests_for_one_kind_of_a_family_only_where_listed() {
    // given every permitted subtype of every family
    Set<Class<?>> subtypes =
        families()
            .flatMap(f -> Arrays.stream(f.type().getPermittedSubclasses()))
            .collect(Collectors.toSet());

    // when every instanceof test against one of them in the core's main code is listed
    List<String> tests =
        mainClasses().stream()
            .flatMap(c -> c.getCodeUnits().stream())
            .flatMap(u -> u.getInstanceofChecks().stream())
            .filter(check -> subtypes.contains(check.getRawType().reflect()))
            .map(
                check ->
                    check.getOwner().getOwner().getSimpleName()
                        + " "
                        + check.getRawType().getSimpleName())
            .distinct()
            .toList();

    // then only the questions "is this scale of the one kind I need?" remain: the holistic band
    // strategy needs a band scale, maturity a level scale, and the next-band hint of a gap analysis
    // exists only on a band scale. Anything that treats each kind differently uses the visitor.
    assertThat(tests)
        .as("dispatch over a sealed family goes through its visitor, not instanceof")
        .containsExactlyInAnyOrder(
            "HolisticBand BandScale", "Maturity LevelScale", "GapAnalysis BandScale");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void the_samples_are_exactly_the_permitted_subtypes(Family family) {
    // when
    List<Class<?>> permitted = Arrays.asList(family.type().getPermittedSubclasses());

    // then
    assertThat(family.samples().stream().map(Object::getClass).toList())
        .as(
            "%s permits %s: a new subtype needs a method in %s, an accept method calling it,"
                + " handling in every implementation of the visitor (the compiler lists them),"
                + " and a sample in SealedFamiliesTest.families()",
            family.type().getSimpleName(),
            permitted.stream().map(Class::getSimpleName).toList(),
            family.visitor().getName())
        .containsExactlyInAnyOrderElementsOf(permitted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void the_visitor_has_one_method_per_permitted_subtype(Family family) {
    // when
    List<Method> methods =
        Arrays.stream(family.visitor().getDeclaredMethods())
            .filter(m -> Modifier.isAbstract(m.getModifiers()))
            .toList();

    // then each takes one permitted subtype, and every permitted subtype has its method
    assertThat(methods).allSatisfy(m -> assertThat(m.getParameterCount()).isEqualTo(1));
    assertThat(methods.stream().map(m -> m.getParameterTypes()[0]).toList())
        .as("the parameters of %s's methods", family.visitor().getName())
        .containsExactlyInAnyOrder(family.type().getPermittedSubclasses());
    assertThat(methods)
        .allSatisfy(
            m ->
                assertThat(m.getName())
                    .as("visit method names are visit + the subtype's name")
                    .startsWith("visit"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void each_subtype_calls_the_visitor_method_for_its_own_type(Family family) throws Exception {
    // given a visitor whose every method answers with the type it was written for
    Object visitor =
        Proxy.newProxyInstance(
            family.visitor().getClassLoader(),
            new Class<?>[] {family.visitor()},
            (proxy, method, args) -> method.getParameterTypes()[0]);

    for (Object sample : family.samples()) {
      // when
      Object answer = family.type().getMethod("accept", family.visitor()).invoke(sample, visitor);

      // then
      assertThat(answer).as("%s.accept", sample.getClass().getName()).isEqualTo(sample.getClass());
      assertThat(sample.getClass().getDeclaredMethod("accept", family.visitor()))
          .as("%s declares accept itself", sample.getClass().getName())
          .isNotNull();
    }
  }
}
