package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.InvalidRubricException;
import io.github.assessmentkit.rubric.RatingRules;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricBuilder;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.StrategyMisfitException;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Any rubric {@code build()} accepts, the JSON writer writes and the reader reads back equal: the
 * builder makes every structural check the reader makes. The rubrics are the random ones of {@link
 * ScoringCases}, derived with an indicator renamed to a random id (white space, Thai marks,
 * zero-width and control characters among them), put on the yes/no scale, and given random rating
 * rules.
 */
class BuildRoundTripProperties {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  /** Ids from printable ASCII, Thai, white space and invisible characters. */
  private static Gen<String> oddIds() {
    Gen<String> ascii = strings().ascii().ofLengthBetween(0, 4);
    Gen<String> thai = strings().betweenCodePoints(0x0E01, 0x0E5B).ofLengthBetween(0, 3);
    Gen<String> odd = strings().betweenCodePoints(0x0000, 0x0020).ofLengthBetween(0, 1);
    Gen<String> zeroWidth = strings().betweenCodePoints(0x2000, 0x200F).ofLengthBetween(0, 1);
    return ascii
        .zip(thai, odd, zeroWidth, (a, t, o, z) -> List.of(a, t, o, z))
        .zip(integers().between(0, 23), (parts, order) -> shuffle(parts, order));
  }

  private static String shuffle(List<String> parts, int order) {
    int[][] orders = {
      {0, 1, 2, 3}, {2, 0, 1, 3}, {0, 3, 1, 2}, {1, 0, 3, 2}, {3, 2, 1, 0}, {0, 2}, {1, 3}, {0}
    };
    StringBuilder out = new StringBuilder();
    for (int k : orders[order % orders.length]) {
      out.append(parts.get(k));
    }
    return out.toString();
  }

  @Test
  void any_rubric_that_builds_reads_back_equal_from_its_json() {
    AtomicInteger built = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger unscorable = new AtomicInteger();
    int examples = Examples.or(300);
    qt().withExamples(examples)
        .forAll(
            ScoringCases.cases(), oddIds(), integers().between(0, 999), integers().between(0, 99))
        .checkAssert(
            (c, newId, pick, percent) -> {
              // given a random rubric with one indicator renamed and on the yes/no scale, and
              // rating rules on its first criterion
              Rubric base = c.rubric();
              List<Indicator> indicators = base.indicators();
              Indicator old = indicators.get(pick % indicators.size());
              Rubric rubric;
              try {
                Indicator renamed =
                    new Indicator(
                        newId,
                        old.text(),
                        pick % 2 == 0 ? YesNoScale.STANDARD : old.scale(),
                        old.weight(),
                        old.evidenceRequired(),
                        old.extensions());
                RubricBuilder b = Rubric.from(base).removeIndicator(old.id());
                String holder = holderOf(base, old.id());
                b.addIndicator(holder, renamed)
                    .ratingRules(
                        base.criteria().get(0).id(),
                        new RatingRules(
                            BigDecimal.valueOf(percent), null, BigDecimal.valueOf(99 - percent)));
                rubric = b.build();
              } catch (InvalidRubricException | IllegalArgumentException e) {
                refused.incrementAndGet();
                return;
              }
              built.incrementAndGet();

              // when
              String written = JSON.writeString(rubric);
              Throwable scorerRefusal =
                  catchThrowable(() -> Scorer.standard().score(rubric, emptyAssessment(rubric)));
              if (scorerRefusal instanceof StrategyMisfitException misfit) {
                // a rubric the scorer refuses is refused when read, for the same criterion
                unscorable.incrementAndGet();
                Throwable readRefusal = catchThrowable(() -> JSON.readRubric(written));
                assertThat(readRefusal).isInstanceOf(JsonFormatException.class);
                assertThat(((JsonFormatException) readRefusal).report().violations())
                    .isNotEmpty()
                    .allSatisfy(v -> assertThat(v.rule()).isEqualTo("rubric.strategy-fits"))
                    .anySatisfy(v -> assertThat(v.message()).isEqualTo(misfit.text()));
                return;
              }
              Rubric back = JSON.readRubric(written);

              // then
              assertThat(back).isEqualTo(rubric);
              assertThat(JSON.writeString(back)).isEqualTo(written);
            });
    // both sides of the rule were reached, over the examples asked for (QuickTheories may skip a
    // few it has already tried)
    assertThat(built.get() + refused.get()).isGreaterThanOrEqualTo(examples * 9 / 10);
    assertThat(built.get()).isPositive();
    assertThat(refused.get()).isPositive();
  }

  private static Assessment emptyAssessment(Rubric rubric) {
    return Assessment.builder(
            "a-1",
            new Subject("coop-1", Text.en("Test cooperative"), OrganisationType.SAVINGS, null),
            rubric.ref(),
            FiscalYear.ofBuddhistEra(2566))
        .build();
  }

  private static String holderOf(Rubric rubric, String indicatorId) {
    return rubric.allCriteria().stream()
        .filter(k -> k.indicators().stream().anyMatch(i -> i.id().equals(indicatorId)))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
