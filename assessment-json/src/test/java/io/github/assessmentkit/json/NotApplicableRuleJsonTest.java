package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.WhenNotApplicable;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of a rung or a compare condition for a metric that does not apply ({@code
 * whenNotApplicable}, optional, absent meaning {@code fails}) in rubric documents, and what it
 * decides in scorecard documents: a level without a value ({@code "applicable": false}), an
 * undecided level without a rung, and undecided condition results ({@code "undecided": true}).
 */
class NotApplicableRuleJsonTest {
  private static final Provenance TEST = Provenance.unverified(Text.en("test"), Text.en("test"));

  private final AssessmentJson json = AssessmentJson.standard();

  /**
   * The mini award with a ladder "results" on category 2 (high at 50 % or more, undecided when
   * category 2 does not apply) and a scheme "results-award": gold holds where category 2 does not
   * apply, platinum is undecided there.
   */
  private static Rubric withRules(WhenNotApplicable platinum) {
    return Rubric.from(MiniRubrics.award())
        .ladder(
            new Ladder(
                "results",
                Text.en("Results level"),
                Metric.percent("2"),
                List.of(
                    Rung.atLeast("high", Text.en("high"), 50)
                        .whenNotApplicable(WhenNotApplicable.UNDECIDED),
                    Rung.bottom("low", Text.en("low"))),
                TEST))
        .award(
            new AwardScheme(
                "results-award",
                Text.en("Results award"),
                List.of(
                    new AwardTier(
                        "platinum",
                        Text.en("Platinum"),
                        Condition.allOf(
                            Condition.above(Metric.totalPoints(), 50),
                            Condition.atLeast(Metric.percent("2.1"), 90)
                                .whenNotApplicable(platinum))),
                    new AwardTier(
                        "gold",
                        Text.en("Gold"),
                        Condition.atLeast(Metric.percent("2"), 50)
                            .whenNotApplicable(WhenNotApplicable.HOLDS))),
                TEST))
        .build();
  }

  /** 1.1 and 1.2 at 100 %, 2.1 not applicable: category 1 takes the 100 points and earns them. */
  private static Scorecard scored(Rubric rubric) {
    return Scorer.standard()
        .score(
            rubric,
            MiniRubrics.assessmentOf(rubric)
                .rating(Rating.of("1.1", 100))
                .rating(Rating.of("1.2", 100))
                .rating(Rating.notApplicable("2.1", "no member survey yet"))
                .build());
  }

  @Test
  void a_rubric_declaring_rules_reads_back_equal_and_writes_the_same_bytes_again() {
    // given
    Rubric rubric = withRules(WhenNotApplicable.UNDECIDED);

    // when
    String written = json.writeString(rubric);
    Rubric back = json.readRubric(written);

    // then
    assertThat(written)
        .contains("\"whenNotApplicable\": \"undecided\"")
        .contains("\"whenNotApplicable\": \"holds\"")
        .doesNotContain("\"whenNotApplicable\": \"fails\"");
    assertThat(back).isEqualTo(rubric);
    assertThat(back.awards()).isEqualTo(rubric.awards());
    assertThat(back.ladders()).isEqualTo(rubric.ladders());
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isEmpty();
  }

  @Test
  void the_default_rule_is_never_written_and_an_absent_rule_reads_as_fails() {
    // given a rubric without any declared rule
    Rubric plain = MiniRubrics.award();
    String written = json.writeString(plain);

    // when the default is declared explicitly in the document
    String explicit =
        written.replace(
            "\"comparison\": \"greater-than\",\n",
            "\"comparison\": \"greater-than\",\n\"whenNotApplicable\": \"fails\",\n");
    Rubric back = json.readRubric(explicit);

    // then
    assertThat(written).doesNotContain("whenNotApplicable");
    assertThat(explicit).contains("\"whenNotApplicable\": \"fails\"");
    assertThat(back).isEqualTo(plain);
    assertThat(json.writeString(back)).isEqualTo(written);
  }

  @Test
  void an_unknown_rule_is_refused_with_its_place() {
    // given
    String written = json.writeString(withRules(WhenNotApplicable.HOLDS));
    String broken =
        written.replaceFirst(
            "\"whenNotApplicable\": \"holds\"", "\"whenNotApplicable\": \"maybe\"");

    // when
    Throwable thrown = catchThrowable(() -> json.readRubric(broken));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(v -> v.rule())
        .contains("value.one-of");
    assertThat(((JsonFormatException) thrown).report().violations().get(0).path())
        .endsWith("/whenNotApplicable");
  }

  @Test
  void a_scorecard_with_undecided_and_not_applicable_decisions_reads_back_equal() {
    // given: category 2 does not apply, so the ladder "results" is undecided (no rung, no value),
    // the ladder "overall" reads 100.00 > 40 ("good"), and the scheme stops at platinum: total
    // 100.00 > 50 holds, 2.1 does not apply and is undecided, so the all-of is undecided
    Scorecard card = scored(withRules(WhenNotApplicable.UNDECIDED));
    LevelDecision results = card.level("results").orElseThrow();
    AwardDecision award = card.award("results-award").orElseThrow();

    // when
    String written = json.writeString(card);
    Scorecard back = json.readScorecard(written);

    // then
    assertThat(results.undecided()).isTrue();
    assertThat(award.undecided()).isTrue();
    assertThat(written)
        .contains("\"applicable\": false,\n      \"reason\"")
        .contains("\"undecided\": true");
    assertThat(back).isEqualTo(card);
    assertThat(back.level("results").orElseThrow().undecided()).isTrue();
    assertThat(back.level("results").orElseThrow().value()).isNull();
    assertThat(back.award("results-award").orElseThrow().undecided()).isTrue();
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, written)).isEmpty();
  }

  @Test
  void a_scorecard_without_anything_not_applicable_carries_none_of_the_new_properties() {
    // given every item rated
    Rubric rubric = withRules(WhenNotApplicable.UNDECIDED);
    Scorecard card =
        Scorer.standard()
            .score(
                rubric,
                MiniRubrics.assessmentOf(rubric)
                    .rating(Rating.of("1.1", 100))
                    .rating(Rating.of("1.2", 100))
                    .rating(Rating.of("2.1", 100))
                    .build());

    // when
    String written = json.writeString(card);

    // then
    assertThat(written).doesNotContain("\"undecided\"").doesNotContain("\"applicable\": false");
    assertThat(json.readScorecard(written)).isEqualTo(card);
  }
}
