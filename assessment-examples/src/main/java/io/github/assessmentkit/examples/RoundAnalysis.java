package io.github.assessmentkit.examples;

import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.ExchangeRule;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.Plaques;
import io.github.assessmentkit.cohort.Qualification;
import io.github.assessmentkit.cohort.RankingKey;
import io.github.assessmentkit.cohort.RankingOrder;
import io.github.assessmentkit.cohort.Rankings;
import io.github.assessmentkit.cohort.TieAtCap;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cohort analysis of the sample round on the CQA set, with the office's declared choices:
 *
 * <ul>
 *   <li>the ranking: by the CQA total, ties broken first by the percent of category 1 (Leadership),
 *       then by the points of category 7 (Results);
 *   <li>the plaques: the CQA award at {@linkplain CqaCriteria#TIER_TQC_PLUS TQC Plus} or higher, at
 *       most {@value #PLAQUES}, in the order of that ranking; when organisations tied on the total
 *       straddle the cap, the tie-breaks above decide ({@link TieAtCap#BREAK_BY_TIE_BREAK}). TQC
 *       Plus is the tier the demo's what-if plan aims at, so the plaque and the plan speak of one
 *       goal;
 *   <li>the learning exchanges: in each of the seven CQA categories, leaders at or above {@value
 *       #LEADER_AT_LEAST} %, learners below {@value #LEARNER_BELOW} %, at most {@value #CAPACITY}
 *       learners per leader.
 * </ul>
 *
 * @param cohort the round's CQA summaries
 * @param rankings the cohort ranked: overall, by province and by type
 * @param plaques the plaque recipients
 * @param exchanges one learning exchange per CQA category, categories 1 to 7 in order
 */
record RoundAnalysis(
    Cohort cohort, Rankings rankings, Plaques plaques, List<LearningExchange> exchanges) {
  /** The ranking: the total, then the percent of category 1, then the points of category 7. */
  static final RankingOrder ORDER =
      RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("7"));

  /** How many plaques the office gives. */
  static final int PLAQUES = 5;

  /** What earns a plaque: the CQA award at TQC Plus or a higher tier. */
  static final Qualification PLAQUE =
      Qualification.award(CqaCriteria.AWARD_SCHEME, CqaCriteria.TIER_TQC_PLUS);

  /** What decides a tie on the total that straddles the cap. */
  static final TieAtCap TIE_AT_CAP = TieAtCap.BREAK_BY_TIE_BREAK;

  /** The percent of a category from which an organisation leads in it. */
  static final int LEADER_AT_LEAST = 60;

  /** The percent of a category below which an organisation learns in it. */
  static final int LEARNER_BELOW = 40;

  /** How many learners one leader takes in a category. */
  static final int CAPACITY = 2;

  /** The CQA categories, in order. */
  static final List<String> CATEGORIES = List.of("1", "2", "3", "4", "5", "6", "7");

  RoundAnalysis {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(rankings, "rankings");
    Objects.requireNonNull(plaques, "plaques");
    exchanges = List.copyOf(exchanges);
  }

  /**
   * Analyses the round's CQA scorecards.
   *
   * @param cqa the CQA set
   * @param round the scored round
   * @return the analysis, always the same for the same round
   */
  static RoundAnalysis of(Rubric cqa, ProvinceRoundDemo.ScoredRound round) {
    List<OrganisationSummary> summaries =
        round.cqa().stream().map(OrganisationSummary::of).toList();
    Cohort cohort = Cohort.of(cqa, SampleRound.YEAR, summaries);
    Rankings rankings = cohort.rank(ORDER);
    Plaques plaques = cohort.plaques(rankings, PLAQUE, PLAQUES, TIE_AT_CAP);
    List<LearningExchange> exchanges = new ArrayList<>();
    for (String category : CATEGORIES) {
      exchanges.add(
          cohort.exchange(
              rankings, ExchangeRule.of(category, LEADER_AT_LEAST, LEARNER_BELOW, CAPACITY)));
    }
    return new RoundAnalysis(cohort, rankings, plaques, exchanges);
  }
}
