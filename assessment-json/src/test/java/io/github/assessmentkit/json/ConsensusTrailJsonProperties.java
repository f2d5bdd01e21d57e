package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.consensus.IndicatorSpread;
import io.github.assessmentkit.consensus.Panel;
import io.github.assessmentkit.consensus.Reconciliation;
import io.github.assessmentkit.consensus.Stamp;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.testing.Examples;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Trails of random decisions (confirmations, overrides to values, not applicable and unknown, with
 * Thai, English or bilingual reasons, at times down to the nanosecond) read back equal to what was
 * written, and what is written conforms to the schema.
 */
class ConsensusTrailJsonProperties {
  private static final AssessmentJson JSON = AssessmentJson.standard();
  private static final Rubric RUBRIC = MiniRubrics.award();
  private static final List<Integer> PERCENTS = List.of(0, 5, 20, 35, 45, 50, 65, 70, 85, 100);

  private static Gen<ConsensusTrail> trails() {
    return in -> {
      Draw d = new Draw(in);
      Assessment base = MiniRubrics.assessmentOf(RUBRIC).build();
      List<Assessment> list = new ArrayList<>();
      int n = d.between(1, 4);
      for (int a = 0; a < n; a++) {
        var b =
            Assessment.builder("ext-" + a, base.subject(), base.rubric(), base.period())
                .kind(AssessmentKind.EXTERNAL)
                .assessor(new Assessor("x" + a, "x" + a, null));
        for (String id : List.of("1.1", "1.2", "2.1")) {
          if (d.chance(80)) {
            b.rating(Rating.of(id, d.oneOf(PERCENTS)).by("x" + a));
          } else if (d.chance(50)) {
            b.rating(Rating.notApplicable(id, "ไม่มี " + a).by("x" + a));
          }
        }
        list.add(b.build());
      }
      Reconciliation r = Panel.of(RUBRIC, list).reconcile();
      int steps = d.between(0, 10);
      for (int k = 0; k < steps; k++) {
        IndicatorSpread s = d.oneOf(r.panel().indicators());
        Stamp stamp =
            Stamp.at(
                "fac-" + d.between(1, 2),
                Instant.ofEpochSecond(
                    1_700_000_000L + d.between(0, 1_000_000), d.between(0, 3) * 250_000_000L));
        Text reason =
            d.oneOf(
                List.of(
                    Text.en("reason " + k),
                    Text.th("เหตุผล " + k),
                    Text.of("เหตุผล \"" + k + "\"", "reason\n" + k)));
        if (s.proposal() != null && d.chance(40)) {
          r = r.confirm(s.indicatorId(), stamp);
        } else if (d.chance(70)) {
          r = r.override(s.indicatorId(), RatingValue.of(d.oneOf(PERCENTS)), stamp, reason);
        } else if (d.chance(50)) {
          r = r.override(s.indicatorId(), new RatingState.NotApplicable("n/a " + k), stamp, reason);
        } else {
          r =
              r.override(
                  s.indicatorId(),
                  new RatingState.Unknown(d.chance(50) ? null : "note " + k),
                  stamp,
                  reason);
        }
      }
      return r.trail();
    };
  }

  @Test
  void a_trail_reads_back_equal_and_conforms_to_the_schema() {
    qt().withExamples(Examples.or(300))
        .forAll(trails())
        .checkAssert(
            trail -> {
              String written = JSON.writeString(trail);
              assertThat(JSON.readConsensusTrail(written)).isEqualTo(trail);
              assertThat(SchemaTest.errors(DocumentFormat.CONSENSUS_TRAIL, written)).isEmpty();
            });
  }
}
