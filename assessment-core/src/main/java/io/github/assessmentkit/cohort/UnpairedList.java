package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.OnDemandList;
import java.util.List;

/**
 * A criterion's learners left without a leader, kept as places in its list of learners; each {@link
 * UnpairedLearner} is made when read, equal each time.
 */
final class UnpairedList extends OnDemandList<UnpairedLearner> {
  private final List<CriterionStanding> learners;
  private final int[] learner;
  private final boolean[] noLeader;
  private final int size;

  UnpairedList(List<CriterionStanding> learners, int[] learner, boolean[] noLeader, int size) {
    this.learners = learners;
    this.learner = learner;
    this.noLeader = noLeader;
    this.size = size;
  }

  @Override
  public UnpairedLearner get(int k) {
    java.util.Objects.checkIndex(k, size);
    return new UnpairedLearner(learners.get(learner[k]), noLeader[k]);
  }

  @Override
  public int size() {
    return size;
  }
}
