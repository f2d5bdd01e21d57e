package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.json.internal.AssessmentDocs.AssessmentDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.AssessorDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.EvidenceDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.MeasureDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.RatingDoc;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The assessment {@link Codec#validateAssessment} checks the rubric's rules on when the document
 * has structural problems: its well-formed parts, with stand-ins for the rest.
 */
final class PartialAssessment {
  private PartialAssessment() {}

  /**
   * Builds what can be built of an assessment whose document has structural problems, so that the
   * rubric's rules can still run on it: ratings with a problem are left out (the positions of the
   * others are recorded), assessors, evidence and measures stand in by their ids (an unreadable id
   * by one that matches nothing), and the rubric reference, when unreadable, by the rubric's own.
   * Never returned to a caller.
   *
   * @param doc the document as read
   * @param rubric the rubric checked against
   * @param issues the structural problems found
   * @param ratingPositions receives the document position of each rating kept
   * @return the assessment of the well-formed parts
   */
  static Assessment of(
      AssessmentDoc doc, RubricRef rubric, Issues issues, List<Integer> ratingPositions) {
    List<Assessor> people = new ArrayList<>();
    List<@Nullable AssessorDoc> assessors = doc.assessors() == null ? List.of() : doc.assessors();
    for (int i = 0; i < assessors.size(); i++) {
      AssessorDoc a = assessors.get(i);
      people.add(
          new Assessor(
              standIn(a == null ? null : a.id(), a == null ? null : a.at(), issues, "assessor", i),
              "-",
              null));
    }
    List<Evidence> held = new ArrayList<>();
    List<@Nullable EvidenceDoc> evidence = doc.evidence() == null ? List.of() : doc.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      EvidenceDoc e = evidence.get(i);
      held.add(
          Evidence.of(
              standIn(e == null ? null : e.id(), e == null ? null : e.at(), issues, "evidence", i),
              EvidenceKind.DOCUMENT,
              "-"));
    }
    List<Measure> kpis = new ArrayList<>();
    List<@Nullable MeasureDoc> measures = doc.measures() == null ? List.of() : doc.measures();
    for (int i = 0; i < measures.size(); i++) {
      MeasureDoc m = measures.get(i);
      kpis.add(
          new Measure(
              standIn(m == null ? null : m.id(), m == null ? null : m.at(), issues, "measure", i),
              Text.en("-"),
              "-",
              Direction.HIGHER_IS_BETTER,
              null,
              List.of()));
    }
    List<Rating> rated = new ArrayList<>();
    List<@Nullable RatingDoc> ratings = doc.ratings() == null ? List.of() : doc.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      RatingDoc r = ratings.get(i);
      if (r == null || issues.coveredAt(r.at().pointer())) {
        continue;
      }
      try {
        rated.add(r.toModel());
        ratingPositions.add(i);
      } catch (RuntimeException e) {
        // a rating the model refuses has been reported already; its rules cannot run
      }
    }
    RubricRef ref = doc.rubric() != null && !issues.reportedAt("/rubric") ? doc.rubric() : rubric;
    return new Assessment(
        "-",
        new Subject("-", Text.en("-"), OrganisationType.OTHER, null),
        ref,
        FiscalYear.ofCommonEra(2000),
        AssessmentKind.SELF,
        AssessmentStatus.DRAFT,
        people,
        rated,
        held,
        kpis,
        Extensions.NONE);
  }

  private static String standIn(
      @Nullable String id, @Nullable Where at, Issues issues, String what, int index) {
    if (id == null || at == null || issues.reportedAt(at.field("id").pointer())) {
      return "\0unreadable " + what + " " + index;
    }
    return id;
  }
}
