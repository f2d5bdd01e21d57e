package io.github.assessmentkit.scoring;

import static io.github.assessmentkit.testing.MiniRubrics.assessmentOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An award tier that asks for a ladder rung gives, as its reason, the rung reached and whether it
 * reaches the one asked for, in Thai and English.
 */
class RungReachedReasonTest {
  // the mini award with a scheme "plaque" whose one tier asks for rung "good" of ladder "overall"
  // (total above 40)
  private final Rubric rubric =
      Rubric.from(MiniRubrics.award())
          .award(
              new AwardScheme(
                  "plaque",
                  Text.of("โล่", "Plaque"),
                  List.of(
                      new AwardTier(
                          "top",
                          Text.of("ชั้นสูงสุด", "Top"),
                          new Condition.RungReached("overall", "good"))),
                  Provenance.unverified(Text.en("test"), Text.en("test"))))
          .build();

  private Text reason(Assessment a) {
    AwardDecision d = Scorer.standard().score(rubric, a).award("plaque").orElseThrow();
    return d.checks().get(0).result().reason();
  }

  @Test
  void a_rung_reached_says_so_in_both_languages() {
    // 80 % on every item: 32 + 16 + 32 = 80 points, above 40: rung "good", the one asked for
    Assessment a =
        assessmentOf(rubric)
            .rating(Rating.of("1.1", 80))
            .rating(Rating.of("1.2", 80))
            .rating(Rating.of("2.1", 80))
            .build();

    Text why = reason(a);

    assertThat(why.get(Language.EN)).isEqualTo("Overall: good reaches good");
    assertThat(why.get(Language.TH)).isEqualTo("Overall: good ถึงระดับ good");
  }

  @Test
  void a_rung_below_the_one_asked_for_says_it_does_not_reach_it() {
    // 30 % on every item: 12 + 6 + 12 = 30 points, not above 40: rung "fair"
    Assessment a =
        assessmentOf(rubric)
            .rating(Rating.of("1.1", 30))
            .rating(Rating.of("1.2", 30))
            .rating(Rating.of("2.1", 30))
            .build();

    Text why = reason(a);

    assertThat(why.get(Language.EN)).isEqualTo("Overall: fair does not reach good");
    assertThat(why.get(Language.TH)).isEqualTo("Overall: fair ไม่ถึงระดับ good");
  }
}
