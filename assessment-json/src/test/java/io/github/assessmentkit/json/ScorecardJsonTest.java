package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Scorer scorer = Scorer.standard();

  /** The mini award with 1.1 at 35 % and 1.2 not applicable; 2.1 is left unrated. */
  private Scorecard example() {
    Rubric award = MiniRubrics.award();
    Assessment a =
        MiniRubrics.assessmentOf(award)
            .rating(Rating.of("1.1", 35))
            .rating(Rating.notApplicable("1.2", "no such unit"))
            .build();
    return scorer.score(award, a);
  }

  @Test
  void the_example_scorecard_document_is_what_the_writer_writes_and_reads_back_as_the_scorecard() {
    // given the scorecard the example document was written from
    Scorecard card = example();
    String document =
        new String(Resources.bytes("examples/scorecard-mini.json"), StandardCharsets.UTF_8);

    // when
    Scorecard read = json.readScorecard(document);

    // then the written format has not moved, and reading it gives the scorecard back
    assertThat(json.writeString(card)).isEqualTo(document);
    assertThat(read).isEqualTo(card);
    // 1.2 is not applicable, so 1.1 takes all of category 1's 60 points: 0.35 x 60 = 21.00;
    // 2.1 is unrated and earns 0.00, so the total is 21.00 + 0.00 = 21.00
    assertThat(read.node("1.1").orElseThrow().possible()).isEqualTo(new BigDecimal("60.00"));
    assertThat(read.total()).isEqualTo(new BigDecimal("21.00"));
    assertThat(read.node("1.2").orElseThrow().applicable()).isFalse();
    assertThat(read.root().indicator("2.1").orElseThrow().status())
        .isEqualTo(IndicatorStatus.MISSING);
    assertThat(read.warnings())
        .extracting(w -> w.code())
        .containsExactly("not-applicable", "not-rated");
    // 21.00 is not above 40: the bottom rung; not above 50 (gold), not above 40 (silver): no award
    assertThat(read.level("overall").orElseThrow().rungId()).isEqualTo("fair");
    assertThat(read.award("mini").orElseThrow().tierId()).isNull();
    assertThat(read.award("mini").orElseThrow().checks().get(1).result().parts()).hasSize(2);
  }

  @Test
  void points_percents_and_fractions_keep_their_scale_through_a_round_trip() {
    // given 1.1 at 35 %, 1.2 at 50 %, 2.1 at 70 %
    Rubric award = MiniRubrics.award();
    Scorecard card =
        scorer.score(
            award,
            MiniRubrics.assessmentOf(award)
                .rating(Rating.of("1.1", 35))
                .rating(Rating.of("1.2", 50))
                .rating(Rating.of("2.1", 70))
                .build());

    // when
    String written = json.writeString(card);
    Scorecard back = json.readScorecard(written);

    // then 0.35 x 40 = 14.00, written and read with its two places
    assertThat(written).contains("\"earned\": 14.00,");
    NodeScore item = back.node("1.1").orElseThrow();
    assertThat(item.earned()).isEqualTo(new BigDecimal("14.00")).hasScaleOf(2);
    // the indicator's fraction is exact, 35 / 100 = 7/20, written as a ratio
    assertThat(written).contains("\"fraction\": \"7/20\"");
    assertThat(item.indicators().get(0).fraction()).isEqualTo(Ratio.of(7, 20));
    // the rated value keeps its scale of 0
    assertThat(item.indicators().get(0).value()).isEqualTo(RatingValue.of(35));
    // 14.00 + 0.50 x 20 = 10.00 + 0.70 x 40 = 28.00 gives 52.00 of 100.00, i.e. 52.00 %
    assertThat(back.total()).isEqualTo(new BigDecimal("52.00"));
    assertThat(back.percent()).isEqualTo(new BigDecimal("52.00"));
    // 52.00 is above 50: gold
    assertThat(back.award("mini").orElseThrow().tierId()).isEqualTo("gold");
    assertThat(back).isEqualTo(card);
  }

  @Test
  void scorecards_of_the_mini_rubrics_read_back_equal_and_write_the_same_bytes_again() {
    // given scorecards with every award outcome, every indicator status and choice values
    Rubric award = MiniRubrics.award();
    Rubric checklist = MiniRubrics.checklist();
    List<Scorecard> cards = new ArrayList<>();
    // 0.90 x 40 + 0.90 x 20 + 0.90 x 40 = 90.00, above 50: gold
    cards.add(scorer.score(award, rated(award, 90, 90, 90)));
    // 0.50 x 40 + 0.50 x 20 + 0.50 x 40 = 50.00, not above 50 but above 40, category 1 at 50 %:
    // silver
    cards.add(scorer.score(award, rated(award, 50, 50, 50)));
    // 0.30 x 40 + 0.30 x 20 + 0.30 x 40 = 30.00: no award
    cards.add(scorer.score(award, rated(award, 30, 30, 30)));
    cards.add(example());
    cards.add(
        scorer.score(
            award,
            MiniRubrics.assessmentOf(award)
                .rating(Rating.unknown("1.1", "not seen"))
                .rating(Rating.of("2.1", 5))
                .build()));
    cards.add(
        scorer.score(
            checklist,
            MiniRubrics.assessmentOf(checklist)
                .rating(Rating.choice("G1.1", "yes"))
                .rating(Rating.choice("G1.2", "partial"))
                .rating(Rating.choice("G2.1", "no"))
                .rating(Rating.notApplicable("G2.2", "no members yet"))
                .build()));
    // other strategies over the same answers
    for (String strategy :
        List.of("points-sum", "weighted-mean", "weakest-link", "all-or-nothing")) {
      cards.add(scorer.score(award, rated(award, 35, 60, 85), strategy));
    }

    for (Scorecard card : cards) {
      // when
      String written = json.writeString(card);
      Scorecard back = json.readScorecard(written);

      // then
      assertThat(back).as(written).isEqualTo(card);
      assertThat(json.writeString(back)).isEqualTo(written);
    }
    assertThat(cards)
        .extracting(c -> c.award("mini").flatMap(AwardDecision::tier))
        .contains(Optional.of("gold"), Optional.of("silver"), Optional.empty());
    assertThat(cards)
        .flatExtracting(c -> c.root().stream().flatMap(n -> n.indicators().stream()).toList())
        .extracting(i -> i.status())
        .contains(IndicatorStatus.values());
  }

  private static Assessment rated(Rubric award, int first, int second, int third) {
    return MiniRubrics.assessmentOf(award)
        .rating(Rating.of("1.1", first))
        .rating(Rating.of("1.2", second))
        .rating(Rating.of("2.1", third))
        .build();
  }

  @Test
  void a_scorecard_reads_the_same_from_a_stream_as_from_a_string() {
    // given
    Scorecard card = example();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(card, out);

    // when
    Scorecard fromStream = json.readScorecard(new ByteArrayInputStream(out.toByteArray()));
    Scorecard fromString = json.readScorecard(out.toString(StandardCharsets.UTF_8));

    // then
    assertThat(fromStream).isEqualTo(card).isEqualTo(fromString);
  }

  @Test
  void a_scorecard_written_after_a_round_trip_conforms_to_the_scorecard_schema() {
    // given
    Scorecard back = json.readScorecard(json.writeString(example()));

    // when
    String again = json.writeString(back);

    // then
    assertThat(SchemaTest.errors(DocumentFormat.SCORECARD, again)).isEmpty();
  }

  @Test
  void a_scorecard_is_not_read_as_an_assessment_nor_an_assessment_as_a_scorecard() {
    // given
    String card = json.writeString(example());
    String assessment =
        new String(Resources.bytes("examples/assessment-mini.json"), StandardCharsets.UTF_8);

    // when
    Throwable asAssessment = catchThrowable(() -> json.readAssessment(card));
    Throwable asScorecard = catchThrowable(() -> json.readScorecard(assessment));

    // then
    for (Throwable t : List.of(asAssessment, asScorecard)) {
      assertThat(t).isInstanceOf(JsonFormatException.class);
      Violation v = ((JsonFormatException) t).report().violations().get(0);
      assertThat(v.rule()).isEqualTo("format.unknown");
      assertThat(v.path()).isEqualTo("/format");
    }
    assertThat(((JsonFormatException) asScorecard).report().violations().get(0).message().en())
        .isEqualTo(
            "the document is of type 'assessmentkit/assessment', not the expected"
                + " 'assessmentkit/scorecard'");
  }

  @Test
  void every_problem_of_a_broken_scorecard_is_reported_at_once_and_nothing_is_returned() {
    // given a node earning a negative amount, a node without its kind and a level without value
    String broken =
        json.writeString(example())
            .replaceFirst("\"earned\": 21.00,", "\"earned\": -1,")
            .replaceFirst("\"kind\": \"process\",\n", "")
            .replaceFirst("\"value\": 21.00,", "");

    // when
    Throwable thrown = catchThrowable(() -> json.readScorecard(broken));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(v -> v.path() + " " + v.rule())
        .containsExactly(
            "/levels/0/value value.required",
            "/root/children/0/kind value.required",
            "/root/earned value.not-negative");
  }

  /**
   * A scorecard whose nodes nest {@code levels} deep under the root, each earning nothing of
   * nothing.
   */
  static String nested(int levels) {
    String node =
        "{\"id\": \"n%d\", \"title\": {\"en\": \"n\"}, \"kind\": \"other\", \"applicable\": true,"
            + " \"earned\": 0.00, \"possible\": 0.00, \"percent\": 0.00, \"coverage\":"
            + " {\"ratable\": 0, \"rated\": 0, \"met\": 0}, \"explanation\": {\"strategy\":"
            + " \"points-sum\", \"rule\": {\"en\": \"sum\"}, \"calculation\": \"0\"},"
            + " \"indicators\": [], \"children\": [";
    StringBuilder b = new StringBuilder();
    b.append(
        "{\"format\": \"assessmentkit/scorecard\", \"formatVersion\": 1, \"rubric\": \"deep@1\","
            + " \"assessment\": \"a\", \"subject\": {\"id\": \"s\", \"name\": {\"en\": \"S\"},"
            + " \"type\": \"savings\"}, \"period\": {\"era\": \"BE\", \"fiscalYear\": 2566},"
            + " \"strategy\": \"points-sum\", \"levels\": [], \"awards\": [], \"warnings\": [],"
            + " \"root\": ");
    for (int i = 0; i <= levels; i++) {
      b.append(String.format(node, i));
    }
    b.append("]}".repeat(levels + 1));
    b.append("}");
    return b.toString();
  }

  @Test
  void a_scorecard_nested_to_the_deepest_allowed_level_reads_on_a_small_stack() {
    // given a reader at the highest limit (500) and nodes nested 248 deep under the root: the root
    // node is level 2, node k's object 2k + 2 (498 for k = 248), its explanation 499 and the
    // explanation's rule 500
    String doc = nested(248);

    // when read on a thread with a 512 KiB stack
    SmallStack.Outcome<Scorecard> outcome =
        SmallStack.run(() -> SmallStack.DEEPEST.readScorecard(doc));

    // then
    assertThat(outcome.thrown()).isNull();
    assertThat(outcome.value().node("n248")).isPresent();
    // and one level more is refused at the limit, not by the stack
    Throwable deeper = catchThrowable(() -> SmallStack.DEEPEST.readScorecard(nested(249)));
    assertThat(deeper).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) deeper).report().violations().get(0).rule())
        .isEqualTo("json.limit");
  }
}
