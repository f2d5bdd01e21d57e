package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.ScoringCases;
import io.github.assessmentkit.testing.ScoringCases.Case;
import io.github.assessmentkit.testing.Tally;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A scorecard survives the JSON format: random scorecards (see {@link ScoringCases}, with a ladder
 * and an award scheme added to each rubric) read back equal and write the same bytes again, and a
 * written scorecard with one part broken is refused with a report, never with another exception.
 */
class ScorecardJsonProperties {
  private static final int EXAMPLES = Examples.or(300);
  private static final AssessmentJson JSON = AssessmentJson.standard();

  private final Scorer scorer = Scorer.standard();

  /** Adds a ladder on the total percent and an award scheme with every kind of condition. */
  static Rubric withLevelsAndAwards(Rubric rubric) {
    Provenance made = Provenance.unverified(Text.en("random"), Text.en("made up for a property"));
    return Rubric.from(rubric)
        .ladder(
            new Ladder(
                "overall",
                Text.of("ระดับรวม", "Overall"),
                Metric.totalPercent(),
                List.of(
                    Rung.atLeast("high", Text.en("high"), 70),
                    Rung.above("middle", Text.en("middle"), 40),
                    Rung.bottom("low", Text.en("low"))),
                made))
        .award(
            new AwardScheme(
                "prize",
                Text.of("รางวัล", "Prize"),
                List.of(
                    new AwardTier(
                        "gold",
                        Text.en("Gold"),
                        Condition.allOf(
                            Condition.atLeast(Metric.totalPercent(), 70),
                            new Condition.CoverageAtLeast(new BigDecimal("90")))),
                    new AwardTier(
                        "silver",
                        Text.en("Silver"),
                        Condition.anyOf(
                            new Condition.RungReached("overall", "middle"),
                            Condition.above(Metric.percent("1"), 50),
                            Condition.atLeast(Metric.points("1"), 1)))),
                made))
        .build();
  }

  private Scorecard score(Case c) {
    Rubric rubric = withLevelsAndAwards(c.rubric());
    return scorer.score(rubric, c.assessment(), c.strategy());
  }

  @Test
  void any_scorecard_reads_back_equal_and_writes_the_same_bytes_again() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(ScoringCases.cases())
        .checkAssert(
            c -> {
              // given
              tally.saw(c);
              Scorecard card = score(c);

              // when
              String written = JSON.writeString(card);
              Scorecard back = JSON.readScorecard(written);

              // then
              assertThat(back).isEqualTo(card);
              assertThat(JSON.writeString(back)).isEqualTo(written);
              if (card.award("prize").orElseThrow().awarded()) {
                tally.bump("awarded");
              }
              if (!card.warnings().isEmpty()) {
                tally.bump("with warnings");
              }
            });
    tally.assertVaried(EXAMPLES);
    // not vacuous: awards both won and not, warnings both present and absent
    assertThat(tally.count("awarded")).as("%s", tally).isBetween(EXAMPLES / 20, EXAMPLES * 19 / 20);
    assertThat(tally.count("with warnings"))
        .as("%s", tally)
        .isBetween(EXAMPLES / 20, EXAMPLES * 19 / 20);
  }

  /** A scorecard and one change to one of its objects, drawn at random. */
  record Broken(Case base, String document, String change) {}

  private Gen<Broken> broken() {
    return in -> {
      Case c = ScoringCases.cases().generate(in);
      OneBreak one = OneBreak.of(JSON.writeString(score(c)), new Draw(in));
      return new Broken(c, one.document(), one.change());
    };
  }

  @Test
  void a_scorecard_with_one_part_broken_reads_or_is_refused_with_a_report_and_nothing_else() {
    Tally tally = new Tally();
    qt().withExamples(EXAMPLES)
        .forAll(broken())
        .checkAssert(
            b -> {
              // given
              tally.saw(b.base());

              // when
              Throwable thrown = catchThrowable(() -> JSON.readScorecard(b.document()));

              // then
              if (thrown == null) {
                tally.bump("read");
                return;
              }
              tally.bump("refused");
              assertThat(thrown).as(b.change()).isInstanceOf(JsonFormatException.class);
              List<Violation> found = ((JsonFormatException) thrown).report().violations();
              assertThat(found).as(b.change()).isNotEmpty();
              for (Violation v : found) {
                assertThat(v.message().isBilingual()).as("%s: %s", b.change(), v).isTrue();
                assertThat(v.rule())
                    .as("%s: %s", b.change(), v)
                    .doesNotStartWith("value.constraint");
              }
            });
    tally.assertVaried(EXAMPLES);
    // most changes break the document; some (a label removed, a percent made negative) do not
    assertThat(tally.count("refused")).as("%s", tally).isGreaterThan(EXAMPLES * 3 / 5);
  }
}
