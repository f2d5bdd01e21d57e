package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;

/**
 * Why a leader was chosen for a learner, best first: a learner gets a leader of its own province
 * and type when one has room, else of its province, else of its type, else any leader with room.
 * Within each, the leader with the highest percent in the criterion comes first.
 */
public enum Preference {
  /** The same province and the same organisation type. */
  SAME_PROVINCE_AND_TYPE,
  /** The same province, another type. */
  SAME_PROVINCE,
  /** The same type, another province. */
  SAME_TYPE,
  /** Neither. */
  ANY;

  /** {@return the reason in Thai and English} */
  public Text reason() {
    switch (this) {
      case SAME_PROVINCE_AND_TYPE:
        return CohortMessages.sameProvinceAndType();
      case SAME_PROVINCE:
        return CohortMessages.sameProvince();
      case SAME_TYPE:
        return CohortMessages.sameType();
      default:
        return CohortMessages.anyLeader();
    }
  }
}
