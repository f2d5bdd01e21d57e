package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.Explanation;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.Coverage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CqaCriteriaTest {
  private final Rubric cqa = CqaCriteria.rubric();

  @Test
  void names_itself_cqa_at_its_version_and_edition() {
    assertThat(cqa.ref().toString()).isEqualTo("cqa@2025.1");
    assertThat(cqa.edition()).contains("adapted from EdPEx 2567-2570");
    assertThat(cqa.defaultStrategy()).isEqualTo(Strategies.HOLISTIC_BAND);
    assertThat(cqa.notApplicablePolicy()).isEqualTo(NotApplicablePolicy.EXCLUDE_AND_RENORMALISE);
    assertThat(CqaCriteria.rubric()).isSameAs(cqa);
  }

  @Test
  void holds_the_profile_and_seven_categories_worth_1000_points() {
    // given the point values of docs/sources.md, CQA (EdPEx 2567-2570)
    Map<String, Integer> points = new LinkedHashMap<>();
    points.put("1", 115);
    points.put("1.1", 65);
    points.put("1.2", 50);
    points.put("2", 90);
    points.put("2.1", 45);
    points.put("2.2", 45);
    points.put("3", 85);
    points.put("3.1", 40);
    points.put("3.2", 45);
    points.put("4", 90);
    points.put("4.1", 45);
    points.put("4.2", 45);
    points.put("5", 85);
    points.put("5.1", 40);
    points.put("5.2", 45);
    points.put("6", 85);
    points.put("6.1", 40);
    points.put("6.2", 45);
    points.put("7", 450);
    points.put("7.1", 120);
    points.put("7.2", 80);
    points.put("7.3", 80);
    points.put("7.4", 80);
    points.put("7.5", 90);

    // then
    assertThat(cqa.criteria())
        .extracting(Criterion::id)
        .containsExactly("P.1", "P.2", "1", "2", "3", "4", "5", "6", "7");
    points.forEach(
        (id, expected) ->
            assertThat(cqa.criterion(id).orElseThrow().points())
                .as("points of %s", id)
                .isEqualByComparingTo(BigDecimal.valueOf(expected)));
    // 115 + 90 + 85 + 90 + 85 + 85 + 450 = 1000
    assertThat(cqa.totalPoints()).isEqualByComparingTo("1000");
    assertThat(items()).hasSize(17);
  }

  @Test
  void keeps_the_organisational_profile_as_unscored_prompts() {
    Criterion description = cqa.criterion("P.1").orElseThrow();
    Criterion situation = cqa.criterion("P.2").orElseThrow();

    assertThat(List.of(description, situation))
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(CriterionKind.PROFILE);
              assertThat(p.points()).isNull();
              assertThat(p.weight()).isNull();
              assertThat(p.indicators()).isEmpty();
            });
    assertThat(description.areas())
        .extracting(Area::id)
        .containsExactly("P.1a", "P.1b", "P.1c", "P.1d", "P.1e", "P.1f");
    assertThat(situation.areas())
        .extracting(Area::id)
        .containsExactly("P.2a", "P.2b", "P.2c", "P.2d", "P.2e");
  }

  @Test
  void rates_process_items_on_adli_and_results_items_on_letci_with_one_indicator_each() {
    for (Criterion item : items()) {
      boolean results = item.id().startsWith("7.");
      assertThat(item.kind())
          .as("kind of %s", item.id())
          .isEqualTo(results ? CriterionKind.RESULTS : CriterionKind.PROCESS);
      assertThat(item.indicators()).as("indicators of %s", item.id()).hasSize(1);
      Indicator indicator = item.indicators().get(0);
      assertThat(indicator.id()).isEqualTo(item.id());
      assertThat(indicator.scale()).isSameAs(results ? CqaScales.LETCI : CqaScales.ADLI);
      assertThat(indicator.text().isBilingual()).isTrue();
    }
  }

  @Test
  void gives_every_item_its_areas_to_address_in_thai_and_english() {
    Map<String, Integer> areasPerItem =
        items().stream().collect(Collectors.toMap(Criterion::id, c -> c.areas().size()));

    // 10 + 8 + 7 + 8 + 9 + 9 (categories 1 to 6) + 18 (category 7) = 69
    assertThat(areasPerItem.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(69);
    assertThat(areasPerItem)
        .containsEntry("1.1", 5)
        .containsEntry("5.2", 5)
        .containsEntry("7.4", 5);
    for (Criterion item : items()) {
      assertThat(item.areas())
          .as("areas of %s", item.id())
          .isNotEmpty()
          .allSatisfy(
              a -> {
                assertThat(a.id()).startsWith(item.id());
                assertThat(a.text().isBilingual()).isTrue();
              });
    }
  }

  @Test
  void adapts_its_areas_to_the_roles_of_a_cooperative() {
    String english =
        items().stream()
            .flatMap(c -> c.areas().stream())
            .map(a -> a.text().get(Language.EN).toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("\n"));

    assertThat(english)
        .contains(
            "board",
            "manager",
            "members",
            "general meeting",
            "internal inspector",
            "auditor",
            "registrar",
            "farmer groups");
  }

  @Test
  void allows_six_bands_with_their_steps_and_describes_every_dimension() {
    List<List<Integer>> steps =
        List.of(
            List.of(0, 5),
            List.of(10, 15, 20, 25),
            List.of(30, 35, 40, 45),
            List.of(50, 55, 60, 65),
            List.of(70, 75, 80, 85),
            List.of(90, 95, 100));

    assertBands(CqaScales.ADLI, steps, List.of("A", "D", "I", "L"));
    assertBands(CqaScales.LETCI, steps, List.of("C", "I", "Le", "T"));
    assertThat(CqaScales.ADLI.reject(RatingValue.of(47))).isPresent();
  }

  private static void assertBands(BandScale scale, List<List<Integer>> steps, List<String> dims) {
    assertThat(scale.bands()).extracting(Band::percents).containsExactlyElementsOf(steps);
    for (Band band : scale.bands()) {
      assertThat(band.summary().isBilingual()).isTrue();
      assertThat(band.descriptors().keySet()).containsExactlyElementsOf(dims);
      assertThat(band.descriptors().values()).allMatch(Text::isBilingual);
    }
  }

  @Test
  void marks_the_set_and_its_scoring_bands_unverified_and_the_award_ladder_adopted() {
    assertThat(cqa.provenance().verified()).isFalse();
    assertThat(cqa.provenance().note().get(Language.EN))
        .contains("Adopted: from Baldrige", "from TQA", "from EdPEx 2567–2570", "Unverified");
    assertThat(cqa.ladders())
        .extracting(Ladder::id)
        .containsExactly(
            CqaCriteria.OVERALL_BANDS, CqaCriteria.PROCESS_BANDS, CqaCriteria.RESULTS_BANDS);
    assertThat(cqa.ladders()).allSatisfy(l -> assertThat(l.provenance().verified()).isFalse());
    AwardScheme tqa = cqa.awards().get(0);
    assertThat(tqa.id()).isEqualTo(CqaCriteria.AWARD_SCHEME);
    assertThat(tqa.tiers())
        .extracting(t -> t.id())
        .containsExactly(
            CqaCriteria.TIER_GLOBAL_EXCELLENCE,
            CqaCriteria.TIER_TQA,
            CqaCriteria.TIER_TQC_PLUS,
            CqaCriteria.TIER_TQC);
    assertThat(tqa.provenance().verified()).isTrue();
    assertThat(tqa.provenance().note().get(Language.EN))
        .contains("not a CQA rule", "fifth TQC Plus theme", "not modelled (unverified)");
  }

  @Test
  void places_a_total_strictly_above_a_band_line_in_the_higher_band() {
    Ladder overall = cqa.ladder(CqaCriteria.OVERALL_BANDS).orElseThrow();

    // band 1 is 0-275 and band 2 276-375: 275.00 stays in band 1, 275.50 is more than 275
    assertThat(LevelDecision.place(overall, rootWith("275.00")).rungId()).isEqualTo("band-1");
    assertThat(LevelDecision.place(overall, rootWith("275.50")).rungId()).isEqualTo("band-2");
    assertThat(LevelDecision.place(overall, rootWith("0.00")).rungId()).isEqualTo("band-1");
    assertThat(LevelDecision.place(overall, rootWith("875.00")).rungId()).isEqualTo("band-7");
    assertThat(LevelDecision.place(overall, rootWith("875.25")).rungId()).isEqualTo("band-8");
    assertThat(LevelDecision.place(overall, rootWith("576.00")).label())
        .isEqualTo(
            Text.of(
                "ช่วงที่ 5 ปรับปรุงด้วยข้อมูลอย่างต่อเนื่อง (576–675)",
                "Band 5, fact-based and improving (576–675)"));
  }

  private static NodeScore rootWith(String total) {
    BigDecimal earned = new BigDecimal(total);
    BigDecimal possible = new BigDecimal("1000.00");
    return new NodeScore(
        "cqa",
        Text.en("CQA"),
        CriterionKind.OTHER,
        true,
        earned,
        possible,
        earned.divide(BigDecimal.TEN),
        Coverage.NONE,
        null,
        Explanation.of(Strategies.POINTS_SUM, Text.en("test"), total),
        List.of(),
        List.of(),
        Ratio.of(possible),
        Ratio.of(earned).dividedBy(Ratio.of(possible)));
  }

  @Test
  void writes_every_title_question_rung_and_tier_in_thai_and_english() {
    assertThat(cqa.title().isBilingual()).isTrue();
    assertThat(cqa.allCriteria()).allSatisfy(c -> assertThat(c.title().isBilingual()).isTrue());
    assertThat(cqa.allCriteria().stream().flatMap(c -> c.areas().stream()))
        .allSatisfy(a -> assertThat(a.text().isBilingual()).isTrue());
    assertThat(cqa.ladders().stream().flatMap(l -> l.rungs().stream()))
        .allSatisfy(r -> assertThat(r.label().isBilingual()).isTrue());
    assertThat(cqa.awards().get(0).tiers())
        .allSatisfy(t -> assertThat(t.name().isBilingual()).isTrue());
    assertThat(tqcPlusThemes()).hasSize(4).allSatisfy(n -> assertThat(n.isBilingual()).isTrue());
  }

  @Test
  void names_each_tqc_plus_theme_so_that_its_result_says_which_held() {
    // given the TQC Plus tier: total above 450, category 1 at 50 %, and any of four themes

    // when
    List<Text> themes = tqcPlusThemes();

    // then
    assertThat(themes)
        .containsExactly(
            Text.of("ด้านลูกค้า", "Customer theme"),
            Text.of("ด้านบุคลากร", "People theme"),
            Text.of("ด้านการปฏิบัติการ", "Operation theme"),
            Text.of("ด้านนวัตกรรม", "Innovation theme"));
  }

  /** The names of the conditions in the TQC Plus tier's any-of, each of which must be named. */
  private List<Text> tqcPlusThemes() {
    AwardTier tier =
        cqa.awards().get(0).tiers().stream()
            .filter(t -> t.id().equals(CqaCriteria.TIER_TQC_PLUS))
            .findFirst()
            .orElseThrow();
    Condition.AllOf all = (Condition.AllOf) tier.condition();
    Condition.AnyOf any = (Condition.AnyOf) all.conditions().get(2);
    assertThat(any.conditions()).allMatch(Condition.Named.class::isInstance);
    return any.conditions().stream().map(c -> ((Condition.Named) c).name()).toList();
  }

  private List<Criterion> items() {
    return cqa.allCriteria().stream()
        .filter(c -> c.kind().isScored() && c.isLeaf())
        .collect(Collectors.toList());
  }
}
