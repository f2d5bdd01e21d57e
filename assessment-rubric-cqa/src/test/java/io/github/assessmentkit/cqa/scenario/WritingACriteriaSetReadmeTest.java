package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cqa.CooperativeStandardCriteria;
import io.github.assessmentkit.json.GoldenVectorReport;
import io.github.assessmentkit.json.GoldenVectors;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Gate;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.RatingRules;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.spi.RubricProvider;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code of the README's "Writing a criteria set" section, kept compiling and true. */
class WritingACriteriaSetReadmeTest {

  /** The README's provider (its services file and module line are shown beside it there). */
  public static final class MySets implements RubricProvider {
    @Override
    public String name() {
      return "my-sets";
    }

    @Override
    public List<Rubric> rubrics() {
      return List.of(
          CooperativeStandardCriteria.rubric(), CooperativeStandardCriteria.farmerGroups());
    }
  }

  // the README's set, as written there
  static Rubric myStandard() {
    Provenance mine = Provenance.unverified(Text.en("our office"), Text.en("thresholds proposed"));
    return Rubric.builder("my-standard", "1")
        .title(Text.of("มาตรฐานของเรา", "Our standard"))
        .provenance(mine)
        .totalPoints(100)
        .defaultStrategy(Strategies.POINTS_SUM)
        .criterion(
            Criterion.builder("S1", Text.of("บัญชี", "Accounts"))
                .kind(CriterionKind.CHECKLIST)
                .weight(3)
                .indicator(
                    Indicator.of("S1.1", Text.en("Books closed on time"), YesNoScale.STANDARD))
                .indicator(Indicator.of("S1.2", Text.en("Accounts audited"), YesNoScale.STANDARD))
                .build())
        .criterion(
            Criterion.builder("S3", Text.of("ข้อบกพร่อง", "Deficiencies"))
                .kind(CriterionKind.CHECKLIST)
                .weight(1)
                .indicator(
                    Indicator.of("S3.1", Text.en("No fraud in two years"), YesNoScale.STANDARD)
                        .withNotApplicableAllowed(false)) // "not applicable" is refused here
                .build())
        .ratingRules("S1", RatingRules.NONE.evidenceAbove(0)) // a yes needs evidence
        .ladder(
            new Ladder(
                    "result",
                    Text.of("ผลการประเมิน", "Result"),
                    Metric.totalPercent(),
                    List.of(
                        Rung.atLeast("pass", Text.of("ผ่าน", "Pass"), 70),
                        Rung.bottom("fail", Text.of("ไม่ผ่าน", "Fail"))),
                    mine)
                .withGates( // fraud fails whatever the points
                    new Gate(
                        Text.of("ไม่มีการทุจริต", "No fraud"),
                        Condition.ratedWith("S3.1", YesNoScale.YES),
                        "fail")))
        .build();
  }

  @Test
  void the_readme_set_scores_as_the_readme_says() {
    // given
    Rubric mine = myStandard();
    Assessment fraud =
        Assessment.quick(
            mine,
            Rating.choice("S1.1", "yes").withEvidence("minutes"),
            Rating.choice("S1.2", "yes").withEvidence("audit-report"),
            Rating.choice("S3.1", "no"));
    Assessment withEvidence =
        fraud.toBuilder()
            .evidence(
                io.github.assessmentkit.assessment.Evidence.of(
                    "minutes",
                    io.github.assessmentkit.assessment.EvidenceKind.DOCUMENT,
                    "Board minutes"))
            .evidence(
                io.github.assessmentkit.assessment.Evidence.of(
                    "audit-report",
                    io.github.assessmentkit.assessment.EvidenceKind.DOCUMENT,
                    "Auditor's report"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(mine, withEvidence);

    // then S1 (75 points, weight 3 of 4) is met and S3 (25) is not: 75.00, which the 70 % bound
    // alone would pass; the gate fails it, its reason naming "No fraud"
    assertThat(card.total()).isEqualTo(new BigDecimal("75.00"));
    assertThat(card.level("result").orElseThrow().rungId()).isEqualTo("fail");
    assertThat(card.level("result").orElseThrow().reason().get(Language.EN)).contains("No fraud");
  }

  @Test
  void the_readme_derivation_and_indicator_metric_build() {
    // the README's derivation and indicator metric
    Rubric groups =
        Rubric.from(CooperativeStandardCriteria.rubric())
            .id("my-farmer-groups")
            .removeIndicator("S4.2") // one indicator, wherever it is
            .remove("S5") // a whole criterion
            .reweightByWeight("S6", 3) // members weigh more
            .build();
    Condition allAudited = Condition.atLeast(Metric.indicatorPercent("S1.2"), 100);

    // then
    assertThat(groups.indicators()).hasSize(8);
    assertThat(groups.criterion("S6").orElseThrow().weight()).isEqualByComparingTo("3");
    assertThat(allAudited).isNotNull();
  }

  @Test
  void the_readme_golden_vector_check_passes_the_shipped_folder() {
    // the README's check, on the Cooperative Standard's folder
    Path folder = GoldenFolders.of(CooperativeStandardCriteria.ID);
    GoldenVectorReport report = GoldenVectors.check(CooperativeStandardCriteria.rubric(), folder);

    // then every vector passes, and there are some
    assertThat(report.failures()).isEmpty();
    assertThat(report.outcomes()).hasSize(3);
    assertThat(new MySets().rubrics()).hasSize(2);
  }
}
