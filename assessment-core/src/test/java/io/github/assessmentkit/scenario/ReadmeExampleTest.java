package io.github.assessmentkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The code of the README's "Scoring an assessment" section, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void the_readme_example_scores_as_the_readme_says() {
    // given (as in the README)
    Rubric governance =
        Rubric.builder("my-checklist", "1")
            .title(Text.of("ธรรมาภิบาล", "Good governance"))
            .provenance(
                Provenance.unverified(Text.en("our own list"), Text.en("weights not verified")))
            .defaultStrategy(Strategies.POINTS_SUM)
            .totalPoints(100)
            .criterion(
                Criterion.builder("G1", Text.of("นิติธรรม", "Rule of law"))
                    .weight(2)
                    .indicator(
                        Indicator.of(
                            "G1.1",
                            Text.of("จัดประชุมใหญ่ภายในกำหนด", "General meeting held on time"),
                            YesPartialNoScale.STANDARD))
                    .build())
            .criterion(
                Criterion.builder("G2", Text.of("ความโปร่งใส", "Transparency"))
                    .weight(1)
                    .indicator(
                        Indicator.of(
                            "G2.1",
                            Text.of(
                                "เปิดเผยงบการเงินแก่สมาชิก", "Audited statements shown to members"),
                            YesPartialNoScale.STANDARD))
                    .build())
            .build();

    Assessment self =
        Assessment.builder(
                "coop-42-2566",
                new Subject(
                    "coop-42",
                    Text.of("สหกรณ์ตัวอย่าง", "Sample cooperative"),
                    OrganisationType.AGRICULTURAL,
                    "Loei"),
                governance.ref(),
                FiscalYear.ofBuddhistEra(2566))
            .rating(Rating.choice("G1.1", "yes"))
            .rating(Rating.choice("G2.1", "partial"))
            .build();

    // when
    Scorecard card = Scorer.standard().score(governance, self);

    // then
    // weights 2 : 1 share 100 points exactly as 200/3 and 100/3. G1.1 "yes" earns all 200/3;
    // G2.1 "partial" earns 1/2 x 100/3 = 50/3. The total 250/3 = 83.333.. is rounded once: 83.33.
    // Its shown parts are 200/3 and 50/3 cut to 66.66 + 16.66 = 83.32, and the cent left goes to
    // the first of two equal remainders (2/3 of a cent each), G1: 66.67 + 16.66 = 83.33
    assertThat(card.total()).isEqualTo(new BigDecimal("83.33"));
    assertThat(card.node("G2").orElseThrow().explanation().calculation())
        .isEqualTo("G2.1 16.66 = 16.66");
    assertThat(card.node("G2").orElseThrow().title().get(Language.TH)).isEqualTo("ความโปร่งใส");
    assertThat(card.root().explanation().calculation()).isEqualTo("G1 66.67 + G2 16.66 = 83.33");
    // and the README's "every number is explained" examples, from this scorecard
    assertThat(card.root().explanation().allotment())
        .isEqualTo("100.00 → G1 2/3 = 66.67, G2 1/3 = 33.33");
    assertThat(card.node("G2").orElseThrow().percentExplained())
        .isEqualTo("50/3 ÷ 100/3 = 0.5 → 50.00 %");
    assertThat(card.root().indicator("G2.1").orElseThrow().explanation())
        .isEqualTo("partial → 0.5 × 100/3 = 50/3 ≈ 16.66");
  }
}
