package io.github.assessmentkit.cqa;

/**
 * The ids of the criteria sets this module provides, for looking them up by name.
 *
 * <p>Thread-safe: constants only.
 */
public final class CqaSets {

  /** The id of the Cooperative Quality Award (CQA) criteria set. */
  public static final String CQA = "cqa";

  /** The id of the cooperative good-governance criteria set. */
  public static final String GOVERNANCE = "coop-governance";

  /** The id of the cooperative internal-control criteria set. */
  public static final String INTERNAL_CONTROL = "internal-control";

  private CqaSets() {}
}
