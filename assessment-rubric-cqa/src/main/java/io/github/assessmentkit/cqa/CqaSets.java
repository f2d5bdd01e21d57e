package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Rubric;
import java.util.List;

/**
 * The criteria sets this module provides, by id: {@link #CQA} ({@link CqaCriteria}), {@link
 * #GOVERNANCE} ({@link GovernanceCriteria}), {@link #INTERNAL_CONTROL} ({@link
 * InternalControlCriteria}), {@link #COOP_STANDARD} and {@link #COOP_STANDARD_FARMER_GROUPS}
 * ({@link CooperativeStandardCriteria}), all at {@link #VERSION}.
 *
 * <pre>{@code
 * RubricRegistry rubrics = RubricRegistry.builder().discover().build();
 * Rubric cqa = rubrics.get(CqaSets.CQA);                 // the newest version
 * Rubric pinned = rubrics.get(CqaSets.CQA + "@2025.1");  // exactly that one
 * }</pre>
 *
 * <p>Thread-safe: constants and immutable rubrics only.
 */
public final class CqaSets {

  /** The id of the Cooperative Quality Award (CQA) criteria set. */
  public static final String CQA = "cqa";

  /** The id of the cooperative good-governance criteria set. */
  public static final String GOVERNANCE = "coop-governance";

  /** The id of the cooperative internal-control criteria set. */
  public static final String INTERNAL_CONTROL = "internal-control";

  /** The id of the Cooperative Standard criteria set. */
  public static final String COOP_STANDARD = CooperativeStandardCriteria.ID;

  /** The id of the Cooperative Standard's farmer-group variant. */
  public static final String COOP_STANDARD_FARMER_GROUPS =
      CooperativeStandardCriteria.FARMER_GROUPS;

  /** The version of the sets in this release of the module. */
  public static final String VERSION = "2025.1";

  private CqaSets() {}

  /**
   * {@return the criteria sets: CQA, good governance, internal control, the Cooperative Standard
   * and its farmer-group variant}
   */
  public static List<Rubric> all() {
    return List.of(
        CqaCriteria.rubric(),
        GovernanceCriteria.rubric(),
        InternalControlCriteria.rubric(),
        CooperativeStandardCriteria.rubric(),
        CooperativeStandardCriteria.farmerGroups());
  }
}
