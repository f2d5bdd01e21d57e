package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.OnDemandList;
import java.util.List;

/**
 * A criterion's learning pairs, kept as places in its lists of leaders and learners; each {@link
 * LearningPair} is made when read, equal each time.
 */
final class PairList extends OnDemandList<LearningPair> {
  private static final Preference[] PREFERENCES = Preference.values();

  private final String criterionId;
  private final List<CriterionStanding> leaders;
  private final List<CriterionStanding> learners;
  private final int[] leader;
  private final int[] learner;
  private final byte[] preference;
  private final int size;

  PairList(
      String criterionId,
      List<CriterionStanding> leaders,
      List<CriterionStanding> learners,
      int[] leader,
      int[] learner,
      byte[] preference,
      int size) {
    this.criterionId = criterionId;
    this.leaders = leaders;
    this.learners = learners;
    this.leader = leader;
    this.learner = learner;
    this.preference = preference;
    this.size = size;
  }

  @Override
  public LearningPair get(int k) {
    java.util.Objects.checkIndex(k, size);
    return new LearningPair(
        criterionId, leaders.get(leader[k]), learners.get(learner[k]), PREFERENCES[preference[k]]);
  }

  @Override
  public int size() {
    return size;
  }
}
