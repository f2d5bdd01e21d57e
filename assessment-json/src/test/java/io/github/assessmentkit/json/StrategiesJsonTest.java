package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A rubric document is read only when the scorer can score it: every strategy it names known to the
 * codec's registry ({@code rubric.strategy-known}) and fitting its criterion ({@code
 * rubric.strategy-fits}); validating an assessment against a rubric that fails this says so too.
 * Before, such documents were read and the scorer then threw without a report.
 */
class StrategiesJsonTest {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  private static String bad(String name) {
    return new String(Resources.bytes("bad/" + name), StandardCharsets.UTF_8);
  }

  private static ValidationReport refusal(AssessmentJson json, String doc) {
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report();
  }

  @Test
  void an_unknown_strategy_is_refused_when_read_with_the_known_ones_in_both_languages() {
    // when
    ValidationReport report = refusal(JSON, bad("rubric-strategy-unknown.json"));

    // then
    assertThat(report.violations()).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.path()).isEqualTo("/criteria/0/children/1/strategy");
    assertThat(v.rule()).isEqualTo("rubric.strategy-known");
    assertThat(v.value()).isEqualTo("points-sun");
    assertThat(v.message().en())
        .startsWith("'1.2' names the unknown scoring strategy 'points-sun' (known: holistic-band,")
        .contains(DiscoveredSumStrategy.ID);
    assertThat(v.message().th()).startsWith("'1.2' ใช้วิธีคิดคะแนน 'points-sun' ซึ่งไม่รู้จัก");
  }

  @Test
  void a_strategy_that_does_not_fit_its_criterion_is_refused_with_the_scorers_reason() {
    // when
    ValidationReport report = refusal(JSON, bad("rubric-strategy-misfit.json"));

    // then the reason is the one the scorer gives: maturity needs level-scale indicators
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/criteria/0/children/0/strategy");
              assertThat(v.rule()).isEqualTo("rubric.strategy-fits");
              assertThat(v.value()).isEqualTo("maturity");
              assertThat(v.message().en()).contains("'maturity'").contains("'1.1'");
              assertThat(v.message().isBilingual()).isTrue();
            });
  }

  @Test
  void a_plug_in_strategy_found_by_the_service_loader_reads_and_scores() {
    // given criterion 2 scored by "discovered-sum", listed in META-INF/services of the tests
    String doc = new String(Resources.bytes("plugin-strategy-rubric.json"), StandardCharsets.UTF_8);

    // when
    Rubric rubric = JSON.readRubric(doc);

    // then
    assertThat(JSON.strategies().contains(DiscoveredSumStrategy.ID)).isTrue();
    assertThat(rubric.criterion("2").orElseThrow().strategy()).isEqualTo(DiscoveredSumStrategy.ID);
    assertThat(
            Scorer.of(JSON.strategies())
                .score(rubric, JSON.readAssessment(Resources.open("examples/assessment-mini.json")))
                .root()
                .possible())
        .isNotNull();
  }

  @Test
  void a_registry_given_to_the_builder_decides_what_a_rubric_may_name() {
    // given a codec that knows only the standard strategies
    AssessmentJson standardOnly =
        AssessmentJson.builder().strategies(StrategyRegistry.standard()).build();
    String doc = new String(Resources.bytes("plugin-strategy-rubric.json"), StandardCharsets.UTF_8);

    // when
    ValidationReport report = refusal(standardOnly, doc);

    // then
    assertThat(standardOnly.strategies()).isSameAs(StrategyRegistry.standard());
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/criteria/1/strategy");
              assertThat(v.rule()).isEqualTo("rubric.strategy-known");
              assertThat(v.value()).isEqualTo(DiscoveredSumStrategy.ID);
            });
  }

  @Test
  void validating_an_assessment_against_a_rubric_the_codec_cannot_score_reports_it_at_rubric() {
    // given the plug-in rubric, read where the plug-in is known, and a codec that knows only the
    // standard strategies
    Rubric rubric =
        JSON.readRubric(
            new String(Resources.bytes("plugin-strategy-rubric.json"), StandardCharsets.UTF_8));
    AssessmentJson standardOnly =
        AssessmentJson.builder().strategies(StrategyRegistry.standard()).build();
    byte[] assessment = Resources.bytes("examples/assessment-mini.json");

    // when
    ValidationReport report =
        standardOnly.validateAssessment(rubric, new java.io.ByteArrayInputStream(assessment));

    // then
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/rubric");
              assertThat(v.rule()).isEqualTo("rubric.strategy-known");
              assertThat(v.value()).isEqualTo(DiscoveredSumStrategy.ID);
              assertThat(v.message().isBilingual()).isTrue();
            });
    // and where it is known, the same assessment is valid
    assertThat(
            JSON.validateAssessment(rubric, new java.io.ByteArrayInputStream(assessment)).isValid())
        .isTrue();
  }
}
