package io.github.assessmentkit.planning.internal;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.PlanningMessages;
import io.github.assessmentkit.planning.OutcomeChange;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Changed ratings, and the outcomes two scorecards decide differently. */
public final class Changes {
  private Changes() {}

  /**
   * Gives an assessment whose ratings of some indicators carry other values, everything else of
   * each rating kept. Of an assessment that is not final, it is the assessment changed, in its
   * status. Of a final one, which cannot be changed, it is a hypothetical copy: a {@linkplain
   * AssessmentStatus#DRAFT draft} with the same id, never a record, so that its scorecard says it
   * is not a final result.
   *
   * @param assessment the assessment
   * @param values indicator id to its new value; each indicator must be rated
   * @return the changed assessment, or the hypothetical draft of a final one
   */
  public static Assessment rerated(Assessment assessment, Map<String, RatingValue> values) {
    AssessmentBuilder b =
        assessment.status().isFinal() ? hypothetical(assessment) : assessment.toBuilder();
    for (Map.Entry<String, RatingValue> e : values.entrySet()) {
      Rating r =
          assessment
              .rating(e.getKey())
              .orElseThrow(
                  () -> new ConflictingStateException(PlanningMessages.notRated(e.getKey())));
      b.rerate(
          new Rating(
              r.indicatorId(),
              new RatingState.Rated(e.getValue()),
              r.rationale(),
              r.evidenceIds(),
              r.strengths(),
              r.improvements(),
              r.assessorId(),
              r.dimensions(),
              r.extensions()));
    }
    return b.build();
  }

  /** A draft holding everything of a final assessment, built as a new record. */
  private static AssessmentBuilder hypothetical(Assessment a) {
    AssessmentBuilder b =
        Assessment.builder(a.id(), a.subject(), a.rubric(), a.period())
            .kind(a.kind())
            .status(AssessmentStatus.DRAFT)
            .supersedes(a.supersedes())
            .extensions(a.extensions());
    a.assessors().forEach(b::assessor);
    a.ratings().forEach(b::rating);
    a.evidence().forEach(b::evidence);
    a.measures().forEach(b::measure);
    return b;
  }

  /**
   * Lists the levels and awards decided differently.
   *
   * @param before the scorecard before
   * @param after the scorecard after
   * @return ladders first, then award schemes, each in the scorecard's order
   */
  public static List<OutcomeChange> between(Scorecard before, Scorecard after) {
    List<OutcomeChange> out = new ArrayList<>();
    for (LevelDecision was : before.levels()) {
      LevelDecision now = after.level(was.ladderId()).orElse(null);
      if (now != null && !Objects.equals(was.rungId(), now.rungId())) {
        out.add(
            new OutcomeChange(
                OutcomeChange.Kind.LEVEL,
                was.ladderId(),
                was.ladderTitle(),
                was.rungId(),
                now.rungId(),
                was.label(),
                now.label()));
      }
    }
    for (AwardDecision was : before.awards()) {
      AwardDecision now = after.award(was.schemeId()).orElse(null);
      if (now != null && !Objects.equals(was.tierId(), now.tierId())) {
        out.add(
            new OutcomeChange(
                OutcomeChange.Kind.AWARD,
                was.schemeId(),
                was.schemeTitle(),
                was.tierId(),
                now.tierId(),
                was.outcome(),
                now.outcome()));
      }
    }
    return out;
  }
}
