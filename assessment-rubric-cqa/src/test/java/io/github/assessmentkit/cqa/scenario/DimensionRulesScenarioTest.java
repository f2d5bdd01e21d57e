package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaScales;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.AssessmentValidator;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rubric maintainer derives a stricter CQA in the Baldrige manner: every dimension of an item
 * rated above 0 must be rated, and an item may score no higher than its weakest dimension's band
 * allows. The shipped set declares neither rule, so its golden vectors stay as they are. Scored,
 * each capped item's line names the dimension that capped it, and the totals add up the capped
 * points.
 *
 * <p>The ADLI and LeTCI bands: 1 = 0, 5 | 2 = 10 to 25 | 3 = 30 to 45 | 4 = 50 to 65 | 5 = 70 to 85
 * | 6 = 90 to 100.
 */
class DimensionRulesScenarioTest {
  private final Rubric cqa = CqaCriteria.rubric();

  /** The CQA set derived with both dimension rules on; everything else as shipped. */
  private Rubric strict() {
    return Rubric.from(cqa)
        .version("2025.1-dimensions")
        .capByWeakestDimension(true)
        .requireEveryDimension(true)
        .build();
  }

  /** Item 1.1 (senior leadership, 65 points) at 70 %, with A 70, D 45, L 60 and I 65. */
  private static Rating seniorLeadership() {
    return Rating.of("1.1", 70)
        .withDimensions(
            DimensionRating.of("A", 70),
            DimensionRating.of(
                "D",
                45,
                Text.of(
                    "ผู้นำทบทวนแผนกับสองฝ่ายจากห้าฝ่าย",
                    "leaders review the plan with two units of five")),
            DimensionRating.of("L", 60),
            DimensionRating.of("I", 65));
  }

  private static List<RatingValue> values(Rating r) {
    List<RatingValue> out = new ArrayList<>();
    for (DimensionRating d : r.dimensions()) {
      out.add(d.value());
    }
    return out;
  }

  @Test
  void the_shipped_set_declares_neither_rule_and_the_derived_set_keeps_the_rest() {
    // when
    Rubric strict = strict();

    // then
    assertThat(cqa.capsByWeakestDimension()).isFalse();
    assertThat(cqa.requiresEveryDimension()).isFalse();
    assertThat(strict.capsByWeakestDimension()).isTrue();
    assertThat(strict.requiresEveryDimension()).isTrue();
    assertThat(strict.criteria()).isEqualTo(cqa.criteria());
    assertThat(strict.ladders()).isEqualTo(cqa.ladders());
    assertThat(strict.awards()).isEqualTo(cqa.awards());
    assertThat(strict.ref().toString()).isEqualTo("cqa@2025.1-dimensions");
  }

  @Test
  void validation_catches_an_item_rated_above_0_with_a_dimension_left_out() {
    // given 1.1 at 70 % with A, D and L rated but not I; 7.1 at 55 % with all of LeTCI; 1.2 at 0 %
    // with no dimension, which the rule lets pass
    Rubric strict = strict();
    Rating withoutIntegration =
        Rating.of("1.1", 70)
            .withDimensions(
                DimensionRating.of("A", 70),
                DimensionRating.of("D", 45),
                DimensionRating.of("L", 60));
    Rating productResults =
        Rating.of("7.1", 55)
            .withDimensions(
                DimensionRating.of("Le", 55),
                DimensionRating.of("T", 50),
                DimensionRating.of("C", 35),
                DimensionRating.of("I", 60));
    Assessment a =
        Assessment.quick(strict, withoutIntegration, productResults, Rating.of("1.2", 0));

    // when
    ValidationReport report = AssessmentValidator.validate(strict, a);

    // then only 1.1 is named, for I
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations())
        .containsExactly(
            new Violation(
                "/ratings/0/dimensions",
                "rating.every-dimension-rated",
                "I",
                Text.of(
                    "ตัวชี้วัด '1.1' ได้ร้อยละ 70 ซึ่งมากกว่า 0 แต่ยังไม่ได้ประเมินมิติ I"
                        + " เกณฑ์กำหนดให้ประเมินทุกมิติ",
                    "indicator '1.1' is rated 70, above 0, but dimension I is not rated;"
                        + " the rubric requires every dimension"),
                "1.1"));
    // and the shipped set, which does not require it, finds nothing wrong
    Assessment asShipped =
        Assessment.quick(cqa, withoutIntegration, productResults, Rating.of("1.2", 0));
    assertThat(AssessmentValidator.validate(cqa, asShipped).isValid()).isTrue();
  }

  @Test
  void with_every_dimension_rated_the_item_is_valid_and_its_weakest_dimension_caps_it() {
    // given 1.1 at 70 % with A 70, D 45, L 60, I 65
    Rubric strict = strict();
    Rating item = seniorLeadership();
    BandScale adli = CqaScales.ADLI;

    // when
    ValidationReport report = AssessmentValidator.validate(strict, Assessment.quick(strict, item));
    BigDecimal cappedItem = adli.capped(RatingValue.of(70), values(item));

    // then valid; the weakest dimension, D at 45, lies in band 3 (30 to 45), so 70 % is capped at
    // 45 %, the top of band 3
    assertThat(report.violations()).isEmpty();
    assertThat(strict.indicator("1.1").orElseThrow().scale()).isSameAs(adli);
    assertThat(adli.weakestBand(values(item)).orElseThrow().number()).isEqualTo(3);
    assertThat(cappedItem).isEqualByComparingTo("45");
    // 1.1 is worth 65 points: uncapped 70 % x 65 = 45.50, capped 45 % x 65 = 29.25
    BigDecimal points = strict.criterion("1.1").orElseThrow().points();
    assertThat(points).isEqualByComparingTo("65");
    assertThat(cappedItem.multiply(points).movePointLeft(2)).isEqualByComparingTo("29.25");
  }

  @Test
  void a_results_item_is_capped_by_its_weakest_letci_dimension_and_a_strong_one_is_not() {
    // given 7.1 at 55 % with Le 55, T 50, C 35, I 60, and 7.2 at 55 % with Le 60, T 55, C 50,
    // I 65
    BandScale letci = CqaScales.LETCI;
    List<RatingValue> weakComparisons =
        List.of(RatingValue.of(55), RatingValue.of(50), RatingValue.of(35), RatingValue.of(60));
    List<RatingValue> evenly =
        List.of(RatingValue.of(60), RatingValue.of(55), RatingValue.of(50), RatingValue.of(65));

    // when / then C at 35 is in band 3, whose top is 45: 7.1 comes down from 55 to 45; 7.2's
    // weakest, C at 50, is in band 4 (50 to 65), whose top 65 is above 55: 7.2 stays at 55.
    // 7.1 is worth 120 points: 45 % x 120 = 54.00 instead of 55 % x 120 = 66.00
    assertThat(letci.capped(RatingValue.of(55), weakComparisons)).isEqualByComparingTo("45");
    assertThat(letci.capped(RatingValue.of(55), evenly)).isEqualByComparingTo("55");
    assertThat(
            letci
                .capped(RatingValue.of(55), weakComparisons)
                .multiply(cqa.criterion("7.1").orElseThrow().points())
                .movePointLeft(2))
        .isEqualByComparingTo("54.00");
  }

  /**
   * 7.1 (product results, 120 points) at 55 % with Le 55, T 50, C 35, I 60: C at 35 lies in band 3,
   * whose top is 45, so it caps the item at 45 %.
   */
  private static Rating productResults() {
    return Rating.of("7.1", 55)
        .withDimensions(
            DimensionRating.of("Le", 55),
            DimensionRating.of("T", 50),
            DimensionRating.of(
                "C", 35, Text.of("เทียบได้กับสหกรณ์เพียงแห่งเดียว", "one comparison only")),
            DimensionRating.of("I", 60));
  }

  /**
   * 7.2 (member results, 80 points) at 55 % with Le 60, T 55, C 50, I 65: the weakest, C at 50,
   * lies in band 4, whose top 65 is above 55, so nothing is capped.
   */
  private static Rating memberResults() {
    return Rating.of("7.2", 55)
        .withDimensions(
            DimensionRating.of("Le", 60),
            DimensionRating.of("T", 55),
            DimensionRating.of("C", 50),
            DimensionRating.of("I", 65));
  }

  /** 1.1, 7.1 and 7.2 as above, and 1.2 at 0 % with no dimension; every other item unrated. */
  private static Assessment capScenario(Rubric rubric) {
    return Assessment.quick(
        rubric, seniorLeadership(), Rating.of("1.2", 0), productResults(), memberResults());
  }

  @Test
  void scoring_the_derived_set_caps_items_by_their_weakest_dimension_and_the_lines_say_which() {
    // given the derived set, and every rated dimension as given above
    Rubric strict = strict();
    Assessment a = capScenario(strict);

    // when
    Scorecard card = Scorer.standard().score(strict, a);

    // then 1.1: D at 45 caps 70 % at 45 % (9/20): 45 % x 65 = 29.25 instead of 70 % x 65 = 45.50
    IndicatorScore senior = card.root().indicator("1.1").orElseThrow();
    assertThat(senior.cappedBy()).isEqualTo("D");
    assertThat(senior.fraction()).isEqualTo(Ratio.of(9, 20));
    assertThat(senior.earned()).isEqualTo(new BigDecimal("29.25"));
    assertThat(senior.label())
        .isEqualTo(CqaScales.ADLI.bandContaining(new BigDecimal("45")).label());
    assertThat(senior.dimensions()).isEqualTo(seniorLeadership().dimensions());
    // 7.1: C at 35 caps 55 % at 45 % (9/20): 45 % x 120 = 54.00 instead of 55 % x 120 = 66.00
    IndicatorScore products = card.root().indicator("7.1").orElseThrow();
    assertThat(products.cappedBy()).isEqualTo("C");
    assertThat(products.earned()).isEqualTo(new BigDecimal("54.00"));
    assertThat(products.fraction()).isEqualTo(Ratio.of(9, 20));
    // 7.2: not capped, 55 % (11/20) x 80 = 44.00; its dimensions still reach the line
    IndicatorScore members = card.root().indicator("7.2").orElseThrow();
    assertThat(members.cappedBy()).isNull();
    assertThat(members.earned()).isEqualTo(new BigDecimal("44.00"));
    assertThat(members.fraction()).isEqualTo(Ratio.of(11, 20));
    assertThat(members.dimensions()).hasSize(4);
    // 1.2 at 0 % is not capped and has no dimensions
    assertThat(card.root().indicator("1.2").orElseThrow().cappedBy()).isNull();
    // the nodes add up the capped points: category 1 = 29.25 + 0.00 = 29.25; category 7 = 54.00 +
    // 44.00 = 98.00; the total = 29.25 + 98.00 = 127.25 of 1000
    assertThat(card.node("1.1").orElseThrow().earned()).isEqualTo(new BigDecimal("29.25"));
    assertThat(card.node("1").orElseThrow().earned()).isEqualTo(new BigDecimal("29.25"));
    assertThat(card.node("7").orElseThrow().earned()).isEqualTo(new BigDecimal("98.00"));
    assertThat(card.total()).isEqualTo(new BigDecimal("127.25"));
  }

  @Test
  void the_shipped_set_scores_the_same_ratings_uncapped() {
    // given the shipped set, which does not cap, and the same ratings
    Assessment a = capScenario(cqa);

    // when
    Scorecard card = Scorer.standard().score(cqa, a);

    // then 1.1 earns 70 % x 65 = 45.50 and 7.1 55 % x 120 = 66.00; 7.2 44.00 as before; the total
    // is 45.50 + 66.00 + 44.00 = 155.50, which is 127.25 + the caps' 16.25 (25 % of 65) and 12.00
    // (10 % of 120)
    assertThat(card.root().indicator("1.1").orElseThrow().cappedBy()).isNull();
    assertThat(card.root().indicator("1.1").orElseThrow().earned())
        .isEqualTo(new BigDecimal("45.50"));
    assertThat(card.root().indicator("7.1").orElseThrow().earned())
        .isEqualTo(new BigDecimal("66.00"));
    assertThat(card.root().indicator("1.1").orElseThrow().dimensions())
        .isEqualTo(seniorLeadership().dimensions());
    assertThat(card.total()).isEqualTo(new BigDecimal("155.50"));
  }

  @Test
  void the_capped_scorecard_keeps_its_caps_and_dimensions_through_json() {
    // given
    Rubric strict = strict();
    Scorecard card = Scorer.standard().score(strict, capScenario(strict));
    AssessmentJson json = AssessmentJson.standard();

    // when
    String written = json.writeString(card);
    Scorecard back = json.readScorecard(written);

    // then the lines name the capping dimension, and nothing is lost or moved
    assertThat(back).isEqualTo(card);
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(back.root().indicator("1.1").orElseThrow().cappedBy()).isEqualTo("D");
    assertThat(back.root().indicator("7.1").orElseThrow().cappedBy()).isEqualTo("C");
    assertThat(back.total()).isEqualTo(new BigDecimal("127.25"));
    assertThat(written.replaceAll("\\s", ""))
        .contains("{\"dimension\":\"I\",\"value\":65}],\"cappedBy\":\"D\"}")
        .contains("{\"dimension\":\"I\",\"value\":60}],\"cappedBy\":\"C\"}");
  }
}
