package io.github.assessmentkit.report;

import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.ExchangeRule;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.Plaques;
import io.github.assessmentkit.cohort.Qualification;
import io.github.assessmentkit.cohort.RankingOrder;
import io.github.assessmentkit.cohort.Rankings;
import io.github.assessmentkit.cohort.TieAtCap;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The usual choices for the report of a round on any criteria set, as an office would declare them,
 * for an application that has only the cohort (the command line and the service use them):
 *
 * <ul>
 *   <li>the ranking: by total points ({@link
 *       RankingOrder#byTotal(io.github.assessmentkit.cohort.RankingKey...)});
 *   <li>the plaques: at most {@value #PLAQUES}, to organisations at the top tier of the set's first
 *       award scheme or, for a set without one, at the top rung of its first ladder; every one tied
 *       on the total at the cap gets one ({@link TieAtCap#TAKE_ALL_TIED}); a set with neither gives
 *       none;
 *   <li>the learning exchanges: in each scored top-level criterion, leaders at or above {@value
 *       #LEADER_AT_LEAST} %, learners below {@value #LEARNER_BELOW} %, at most {@value #CAPACITY}
 *       learners per leader.
 * </ul>
 *
 * <p>A round with other choices is made with {@link CohortReport#of(Cohort, Rankings, Plaques,
 * List, Map)}.
 */
public final class RoundChoices {
  /** How many plaques a round gives. */
  public static final int PLAQUES = 5;

  /** The percent of a criterion from which an organisation leads in it. */
  public static final int LEADER_AT_LEAST = 60;

  /** The percent of a criterion below which an organisation learns in it. */
  public static final int LEARNER_BELOW = 40;

  /** How many learners one leader takes in a criterion. */
  public static final int CAPACITY = 2;

  private RoundChoices() {}

  /**
   * Makes the report of a round with these choices.
   *
   * @param cohort the round, with at least one organisation
   * @param names the organisations' names by subject id (an organisation without one is shown by
   *     its id)
   * @return the report
   */
  public static CohortReport report(Cohort cohort, Map<String, Text> names) {
    Rankings rankings = cohort.rank(RankingOrder.byTotal());
    List<LearningExchange> exchanges = new ArrayList<>();
    for (Criterion category : cohort.rubric().criteria()) {
      if (!cohort.nodeIds().contains(category.id())) {
        continue; // not scored, such as an organisational profile
      }
      exchanges.add(
          cohort.exchange(
              rankings, ExchangeRule.of(category.id(), LEADER_AT_LEAST, LEARNER_BELOW, CAPACITY)));
    }
    return CohortReport.of(cohort, rankings, plaques(cohort, rankings), exchanges, names);
  }

  private static Plaques plaques(Cohort cohort, Rankings rankings) {
    Rubric rubric = cohort.rubric();
    Qualification qualification;
    if (!rubric.awards().isEmpty()) {
      var scheme = rubric.awards().get(0);
      qualification = Qualification.award(scheme.id(), scheme.tiers().get(0).id());
    } else if (!rubric.ladders().isEmpty()) {
      var ladder = rubric.ladders().get(0);
      qualification = Qualification.level(ladder.id(), ladder.rungs().get(0).id());
    } else {
      return new Plaques(
          Qualification.level("-", "-"),
          PLAQUES,
          TieAtCap.TAKE_ALL_TIED,
          null,
          List.of(),
          List.of(),
          List.of());
    }
    return cohort.plaques(rankings, qualification, PLAQUES, TieAtCap.TAKE_ALL_TIED);
  }
}
