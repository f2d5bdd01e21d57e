package io.github.assessmentkit.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.spi.RubricProvider;
import io.github.assessmentkit.spi.ScoringStrategy;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published modules on the module path: each is a named module, the criteria sets and this
 * application's strategy are found through {@code provides} and {@code uses}, and the JSON module
 * reads, checks and writes documents with what its descriptor opens.
 */
class ModulePathTest {

  @Test
  void the_library_and_these_tests_run_as_named_modules() {
    // then these tests run inside the application's module, not on the class path
    assertEquals("io.github.assessmentkit.consumer", getClass().getModule().getName());
    // and each published jar is the module its descriptor names
    assertEquals("io.github.assessmentkit.core", Rubric.class.getModule().getName());
    assertEquals("io.github.assessmentkit.json", AssessmentJson.class.getModule().getName());
    assertEquals("io.github.assessmentkit.rubric.cqa", CqaSets.class.getModule().getName());
    // and internal packages stay closed to the application
    Module core = Rubric.class.getModule();
    assertTrue(core.isExported("io.github.assessmentkit.scoring"));
    assertEquals(false, core.isExported("io.github.assessmentkit.internal"));
    assertEquals(
        false,
        AssessmentJson.class.getModule().isExported("io.github.assessmentkit.json.internal"));
  }

  @Test
  void the_criteria_sets_are_provided_by_the_rubric_module() {
    // when the core's registry looks for providers (its descriptor declares "uses")
    RubricRegistry rubrics = RubricRegistry.builder().discover().build();

    // then it finds every set the rubric module declares with "provides"
    for (String id :
        List.of(
            CqaSets.CQA,
            "coop-governance",
            "internal-control",
            "coop-standard",
            "coop-standard-farmer-group")) {
      assertEquals(id, rubrics.get(id).ref().id());
    }
    // given the CQA set's 1000 points, from the set's own figures
    assertEquals(0, new BigDecimal("1000").compareTo(rubrics.get(CqaSets.CQA).totalPoints()));
    // and the one provider comes from that module
    Map<String, String> providers =
        ServiceLoader.load(RubricProvider.class).stream()
            .collect(
                Collectors.toMap(p -> p.type().getName(), p -> p.type().getModule().getName()));
    assertEquals(
        Map.of(
            "io.github.assessmentkit.cqa.CqaRubricProvider", "io.github.assessmentkit.rubric.cqa"),
        providers);
  }

  @Test
  void a_strategy_this_module_provides_is_discovered_and_scores() {
    // when the core's strategy registry looks for strategies
    StrategyRegistry strategies = StrategyRegistry.builder().addStandard().discover().build();

    // then it finds the one this module provides, from this module
    ScoringStrategy found = strategies.get(BestRatedPart.ID);
    assertInstanceOf(BestRatedPart.class, found);
    assertEquals("io.github.assessmentkit.consumer", found.getClass().getModule().getName());

    // given a rubric of 10 points scored with it: one criterion, two yes/partial/no indicators
    Rubric rubric =
        Rubric.builder("consumer-best", "1")
            .title(Text.en("Best rated part"))
            .provenance(Provenance.unverified(Text.en("a test rubric"), Text.en("made up")))
            .strategies(strategies)
            .defaultStrategy(BestRatedPart.ID)
            .totalPoints(10)
            .criterion(
                Criterion.builder("C1", Text.en("One"))
                    .indicator(Indicator.of("C1.1", Text.en("first"), YesPartialNoScale.STANDARD))
                    .indicator(Indicator.of("C1.2", Text.en("second"), YesPartialNoScale.STANDARD))
                    .build())
            .build();
    Assessment assessment =
        Assessment.quick(rubric, Rating.choice("C1.1", "no"), Rating.choice("C1.2", "partial"));

    // when
    Scorecard card = Scorer.of(strategies).score(rubric, assessment);

    // then the best part, "partial" (1/2), gives C1 and the total 1/2 of 10 = 5.00; a sum of the
    // parts would give (0 + 1/2) / 2 of 10 = 2.50
    assertEquals(BestRatedPart.ID, card.strategy());
    assertEquals(0, new BigDecimal("5.00").compareTo(card.total()));
    assertEquals(0, new BigDecimal("5.00").compareTo(card.node("C1").orElseThrow().earned()));
  }

  @Test
  void json_documents_are_written_and_read_back_through_the_json_module() {
    // given a governance assessment and its scorecard
    Rubric governance = GovernanceCriteria.rubric();
    Assessment assessment =
        Assessment.quick(
            governance, Rating.choice("G1.1", "yes"), Rating.choice("G2.3", "partial"));
    Scorecard card = Scorer.standard().score(governance, assessment);
    AssessmentJson json = AssessmentJson.standard();

    // when each is written and read back
    Assessment assessmentBack = json.readAssessment(json.writeString(assessment));
    Scorecard cardBack = json.readScorecard(json.writeString(card));

    // then nothing is lost
    assertEquals(assessment, assessmentBack);
    assertEquals(card, cardBack);
    assertTrue(json.validateAssessment(governance, json.writeString(assessment)).isValid());
  }

  @Test
  void a_structural_violation_is_reported_in_both_languages_from_the_module_path() {
    // given an assessment document whose id is one space: the JSON module's document records are
    // checked by Hibernate Validator, which its descriptor opens them to, with messages from the
    // bundle the module ships
    Rubric governance = GovernanceCriteria.rubric();
    Assessment assessment =
        Assessment.builder(
                "consumer-check-2567",
                Assessment.PLACEHOLDER_SUBJECT,
                governance.ref(),
                Assessment.PLACEHOLDER_PERIOD)
            .rating(Rating.choice("G1.1", "yes"))
            .build();
    AssessmentJson json = AssessmentJson.standard();
    String document = json.writeString(assessment).replace("\"consumer-check-2567\"", "\" \"");

    // when
    JsonFormatException thrown =
        assertThrows(JsonFormatException.class, () -> json.readAssessment(document));

    // then
    Violation v = thrown.report().violations().get(0);
    assertEquals("/id", v.path());
    assertEquals("value.not-blank", v.rule());
    assertEquals("id must not be blank", v.message().en());
    assertEquals("id ต้องไม่เว้นว่าง", v.message().th());
  }
}
