package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaRubricProvider;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.InvalidRubricException;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.rubric.diff.RubricOutline;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rubric maintainer derives "CQA for savings cooperatives" from the shipped CQA set. */
class SavingsCqaDerivationTest {
  private static final Area YOUNGER_SAVERS =
      new Area(
          "3.1s",
          Text.of(
              "สหกรณ์รับฟังสมาชิกผู้ฝากเงินและผู้กู้แต่ละช่วงอายุและแต่ละหน่วยงานต้นสังกัดแยกกันอย่างไร",
              "How the cooperative hears savers and borrowers of each age group and each"
                  + " payroll unit separately."));

  private final Rubric cqa = CqaCriteria.rubric();

  @Test
  void the_diff_of_the_savings_edition_lists_exactly_the_changes_made() {
    Text title = Text.of("เกณฑ์ CQA สำหรับสหกรณ์ออมทรัพย์", "CQA for savings cooperatives");
    Rubric savings =
        Rubric.from(cqa)
            .id("cqa-savings")
            .version("2025.2")
            .title(title)
            .addArea("3.1", YOUNGER_SAVERS)
            .reweight("7.5", 100)
            .reweight("7.1", 110)
            .build();

    RubricDiff diff = RubricDiff.between(cqa, savings);

    // the README's derivation, change by change: the set's id, version and title; then in tree
    // order area 3.1s of item 3.1, item 7.1 120 -> 110 and item 7.5 90 -> 100; nothing else
    // (category 7 keeps its 450, scales, ladders, awards and provenance are untouched)
    assertThat(diff.changes())
        .containsExactly(
            new RubricChange.RubricSettingChanged(
                "id", Text.of("cqa", "cqa"), Text.of("cqa-savings", "cqa-savings")),
            new RubricChange.RubricSettingChanged(
                "version", Text.of("2025.1", "2025.1"), Text.of("2025.2", "2025.2")),
            new RubricChange.RubricSettingChanged("title", cqa.title(), title),
            new RubricChange.AreaChanged("3.1", "3.1s", null, YOUNGER_SAVERS),
            new RubricChange.PointsChanged("7.1", new BigDecimal("120"), new BigDecimal("110")),
            new RubricChange.PointsChanged("7.5", new BigDecimal("90"), new BigDecimal("100")));
    assertThat(diff.toText(Language.EN))
        .startsWith("Changes from cqa@2025.1 to cqa-savings@2025.2 (6)\n")
        .contains("- criterion '7.5' points: 90 → 100\n");
    assertThat(diff.applyTo(RubricOutline.of(cqa))).isEqualTo(RubricOutline.of(savings));
  }

  @Test
  void derives_a_savings_edition_with_one_area_more_and_financial_results_weighing_more() {
    // given the shipped set as it stands
    List<Criterion> before = cqa.criteria();

    // when one area is added to 3.1 and item 7.5 (financial results) is raised from 90 to 100,
    // taking the 10 points from 7.1 (120 -> 110) so that category 7 keeps its 450
    Rubric savings =
        Rubric.from(cqa)
            .id("cqa-savings")
            .version("2025.2")
            .title(Text.of("เกณฑ์ CQA สำหรับสหกรณ์ออมทรัพย์", "CQA for savings cooperatives"))
            .addArea("3.1", YOUNGER_SAVERS)
            .reweight("7.5", 100)
            .reweight("7.1", 110)
            .build();

    // then the new set has the change
    assertThat(savings.ref().toString()).isEqualTo("cqa-savings@2025.2");
    assertThat(savings.criterion("3.1").orElseThrow().areas())
        .hasSize(4)
        .last()
        .isEqualTo(YOUNGER_SAVERS);
    assertThat(savings.criterion("7.5").orElseThrow().points()).isEqualByComparingTo("100");
    assertThat(savings.criterion("7.1").orElseThrow().points()).isEqualByComparingTo("110");
    assertThat(savings.criterion("7").orElseThrow().points()).isEqualByComparingTo("450");
    assertThat(savings.totalPoints()).isEqualByComparingTo("1000");
    // ... and keeps the rest: scales, ladders, award scheme, provenance
    assertThat(savings.indicator("7.5").orElseThrow().scale())
        .isSameAs(cqa.indicator("7.5").orElseThrow().scale());
    assertThat(savings.ladders()).isEqualTo(cqa.ladders());
    assertThat(savings.awards()).isEqualTo(cqa.awards());
    // and the original is untouched
    assertThat(cqa.criteria()).isEqualTo(before);
    assertThat(cqa.ref().toString()).isEqualTo("cqa@2025.1");
    assertThat(cqa.criterion("3.1").orElseThrow().areas()).hasSize(3);
    assertThat(cqa.criterion("7.5").orElseThrow().points()).isEqualByComparingTo("90");
    assertThat(cqa.criterion("7.1").orElseThrow().points()).isEqualByComparingTo("120");
  }

  @Test
  void refuses_a_reweighting_that_breaks_the_category_total_and_names_the_category() {
    // given
    var derivation = Rubric.from(cqa).id("cqa-savings").version("2025.2").reweight("7.5", 100);

    // then 120 + 80 + 80 + 80 + 100 = 460, not the 450 category 7 keeps from the base set
    assertThatThrownBy(derivation::build)
        .isInstanceOf(InvalidRubricException.class)
        .hasMessage(
            "the points of the children of '7' add up to 460, not 450"
                + " (the 450 of '7' from the base set cqa@2025.1;"
                + " changed by this derivation: reweight('7.5') gave it 100 fixed points)");
  }

  @Test
  void scores_the_same_percentages_differently_under_each_edition() {
    // given both sets in one registry, and the strong savings cooperative's percentages
    Rubric savings =
        Rubric.from(cqa)
            .id("cqa-savings")
            .version("2025.2")
            .addArea("3.1", YOUNGER_SAVERS)
            .reweight("7.5", 100)
            .reweight("7.1", 110)
            .build();
    RubricRegistry rubrics =
        RubricRegistry.builder().register(new CqaRubricProvider()).register(savings).build();
    String[] percentages = {
      "1.1=70", "1.2=65", "2.1=55", "2.2=70", "3.1=40", "3.2=60", "4.1=55", "4.2=65", "5.1=50",
      "5.2=35", "6.1=55", "6.2=40", "7.1=45", "7.2=65", "7.3=45", "7.4=55", "7.5=65"
    };

    // when
    BigDecimal original =
        Scorer.standard().score(rubrics.get("cqa"), selfAssessment(cqa, percentages)).total();
    BigDecimal derived =
        Scorer.standard()
            .score(rubrics.get("cqa-savings@2025.2"), selfAssessment(savings, percentages))
            .total();

    // then under cqa@2025.1: 551.50 (see CqaGoldenVectorsTest); under the savings edition 7.1
    // earns 45 % x 110 = 49.50 instead of 54.00 and 7.5 earns 65 % x 100 = 65.00 instead of
    // 58.50: 551.50 - 4.50 + 6.50 = 553.50
    assertThat(original).isEqualTo(new BigDecimal("551.50"));
    assertThat(derived).isEqualTo(new BigDecimal("553.50"));
  }

  private static Assessment selfAssessment(Rubric rubric, String... percentages) {
    AssessmentBuilder b =
        Assessment.builder(
            "phu-pha-ngoen-2566",
            new Subject(
                "phu-pha-ngoen-employees-savings",
                Text.of(
                    "สหกรณ์ออมทรัพย์พนักงานภูผาเงิน จำกัด",
                    "Phu Pha Ngoen Employees' Savings Cooperative Ltd."),
                OrganisationType.SAVINGS,
                "Loei"),
            rubric.ref(),
            FiscalYear.ofBuddhistEra(2566));
    for (String p : percentages) {
      String[] pair = p.split("=");
      b.rating(Rating.of(pair[0], Long.parseLong(pair[1])));
    }
    return b.build();
  }
}
