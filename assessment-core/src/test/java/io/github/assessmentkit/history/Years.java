package io.github.assessmentkit.history;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;

/**
 * Scorecards of one cooperative on {@link MiniRubrics#award()} (items 1.1 = 40 points, 1.2 = 20,
 * 2.1 = 40; rated a, b, c percent the total is 0.4a + 0.2b + 0.4c, category 1 is (2a + b) / 3 % and
 * category 2 is c %; ladder "overall": good above 40 points, else fair; award "mini": gold above
 * 50, silver above 40 with category 1 at 40 % or more) and on a version 2 of it with item 1.2
 * renamed 1.3 and item 2.1 split into 2.1a and 2.1b of 20 points each.
 */
final class Years {
  static final Rubric V1 = MiniRubrics.award();

  static final Rubric V2 =
      Rubric.from(V1)
          .version("2")
          .remove("1.2")
          .add("1", item("1.3", 20))
          .remove("2.1")
          .add("2", item("2.1a", 20))
          .add("2", item("2.1b", 20))
          .build();

  static final Subject COOP =
      new Subject(
          "coop-7", Text.of("สหกรณ์ทดสอบ", "Test cooperative"), OrganisationType.SAVINGS, "Loei");

  private Years() {}

  private static Criterion item(String id, long points) {
    return Criterion.builder(id, Text.en("Item " + id))
        .points(points)
        .indicator(MiniRubrics.band(id))
        .build();
  }

  /** A scorecard of V1 for a Buddhist Era year; a rating of -1 is left out. */
  static Scorecard v1(int be, int a, int b, int c) {
    return score(V1, be, new String[] {"1.1", "1.2", "2.1"}, a, b, c);
  }

  /** A scorecard of V2 for a Buddhist Era year, rating 1.1, 1.3, 2.1a and 2.1b. */
  static Scorecard v2(int be, int a, int b, int c1, int c2) {
    return score(V2, be, new String[] {"1.1", "1.3", "2.1a", "2.1b"}, a, b, c1, c2);
  }

  static Assessment assessment(Rubric rubric, int be, String[] ids, int... values) {
    AssessmentBuilder b =
        Assessment.builder("a-" + be, COOP, rubric.ref(), FiscalYear.ofBuddhistEra(be));
    for (int i = 0; i < ids.length; i++) {
      if (values[i] >= 0) {
        b.rating(Rating.of(ids[i], values[i]));
      }
    }
    return b.build();
  }

  private static Scorecard score(Rubric rubric, int be, String[] ids, int... values) {
    return Scorer.standard().score(rubric, assessment(rubric, be, ids, values));
  }
}
