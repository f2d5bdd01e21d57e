package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a cohort needs of one organisation's scorecard, kept small: who it is (subject id, province,
 * organisation type), what it was scored against (rubric id@version, fiscal year), the status of
 * the assessment scored, each node's exact earned and possible points, and the outcome of each
 * ladder and award scheme.
 *
 * <p>The exact values are kept in one array, four numbers per node (earned numerator and
 * denominator, possible numerator and denominator, in lowest terms): an array of ints when every
 * number fits in one, as scores do, else of longs. A summary of the CQA set (25 nodes) takes about
 * half a kilobyte, one of a rubric with 59 nodes about 1.3 KB. A value whose lowest terms do not
 * fit in a long is refused. A node that does not apply has no earned points.
 *
 * <pre>{@code
 * OrganisationSummary summary = OrganisationSummary.of(scorecard);
 * summary.fraction("1");   // Optional[13/20]: category 1 earned 65 % of its points
 * summary.total();         // 1311/2: the exact total earned
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #equals} compares every field.
 */
public final class OrganisationSummary {
  private static final int STRIDE = 4;

  /**
   * The node ids of the summary made last from a scorecard: summaries of one rubric made one after
   * another keep one list between them, so a cohort knows them alike at a glance.
   */
  private static final java.util.concurrent.atomic.AtomicReference<@Nullable List<String>> RECENT =
      new java.util.concurrent.atomic.AtomicReference<>();

  private final String subjectId;
  private final @Nullable String province;
  private final OrganisationType type;
  private final RubricRef rubric;
  private final FiscalYear period;
  private final AssessmentStatus status;
  private final List<String> nodeIds;

  /** The values when each fits in an int, else null. */
  private final int @Nullable [] small;

  /** The values when one does not fit in an int, else null. */
  private final long @Nullable [] wide;

  private final List<Outcome> levels;
  private final List<Outcome> awards;

  private OrganisationSummary(Builder b, List<String> nodeIds, long[] exact) {
    int[] ints = new int[exact.length];
    for (int i = 0; i < exact.length && ints != null; i++) {
      if (exact[i] != (int) exact[i]) {
        ints = null;
      } else {
        ints[i] = (int) exact[i];
      }
    }
    this.small = ints;
    this.wide = ints == null ? exact : null;
    this.subjectId = b.subjectId;
    this.province = b.province;
    this.type = b.type;
    this.rubric = b.rubric;
    this.period = b.period;
    this.status = b.status;
    this.nodeIds = nodeIds;
    this.levels = List.copyOf(b.levels);
    this.awards = List.copyOf(b.awards);
  }

  /**
   * Summarises a scorecard: its subject, rubric, fiscal year, the status of its assessment, every
   * node of its tree (parents first, the root first) with its exact points, and its level and award
   * decisions.
   *
   * @param scorecard the scorecard
   * @return the summary
   * @throws io.github.assessmentkit.MissingValueException if {@code scorecard} is null
   * @throws InvalidValueException if an exact value is too large for a summary
   */
  public static OrganisationSummary of(Scorecard scorecard) {
    Checks.notNull(scorecard, "scorecard");
    Subject s = scorecard.subject();
    Builder b = builder(s.id(), s.type(), scorecard.rubric(), scorecard.period());
    b.province(s.province());
    b.status(scorecard.status());
    scorecard.root().stream().forEach(n -> b.node(n));
    for (LevelDecision d : scorecard.levels()) {
      b.outcome(b.levels, Outcome.of(d));
    }
    for (AwardDecision d : scorecard.awards()) {
      b.outcome(b.awards, Outcome.of(d));
    }
    b.shared = RECENT.get();
    OrganisationSummary made = b.build();
    RECENT.set(made.nodeIds);
    return made;
  }

  /**
   * Starts a summary written by hand or read from a document.
   *
   * <pre>{@code
   * OrganisationSummary s = OrganisationSummary.builder("coop-1", OrganisationType.SAVINGS,
   *         RubricRef.parse("cqa@2567"), FiscalYear.ofBuddhistEra(2567))
   *     .province("Loei")
   *     .status(AssessmentStatus.FINAL)
   *     .node("cqa", Ratio.of(600), Ratio.of(1000))
   *     .level("overall-band", "band-5")
   *     .build();
   * }</pre>
   *
   * @param subjectId the organisation's id
   * @param type its type
   * @param rubric the rubric version it was scored against
   * @param period the fiscal year assessed
   * @return a builder, for one thread
   */
  public static Builder builder(
      String subjectId, OrganisationType type, RubricRef rubric, FiscalYear period) {
    return new Builder(subjectId, type, rubric, period);
  }

  /** {@return the organisation's id} */
  public String subjectId() {
    return subjectId;
  }

  /** {@return the organisation's province, or {@code null} when none was given} */
  public @Nullable String province() {
    return province;
  }

  /** {@return the organisation's type} */
  public OrganisationType type() {
    return type;
  }

  /** {@return the rubric version it was scored against} */
  public RubricRef rubric() {
    return rubric;
  }

  /** {@return the fiscal year assessed} */
  public FiscalYear period() {
    return period;
  }

  /** {@return the status of the assessment summarised} */
  public AssessmentStatus status() {
    return status;
  }

  /** {@return the ids of the nodes, in the order of the scorecard's tree (the root first)} */
  public List<String> nodeIds() {
    return nodeIds;
  }

  /** {@return the outcome of each ladder, in the rubric's order} */
  public List<Outcome> levels() {
    return levels;
  }

  /** {@return the outcome of each award scheme, in the rubric's order} */
  public List<Outcome> awards() {
    return awards;
  }

  /**
   * Finds a ladder's outcome.
   *
   * @param ladderId the ladder
   * @return the outcome, or empty
   */
  public Optional<Outcome> level(String ladderId) {
    return levels.stream().filter(o -> o.decisionId().equals(ladderId)).findFirst();
  }

  /**
   * Finds an award scheme's outcome.
   *
   * @param schemeId the scheme
   * @return the outcome, or empty
   */
  public Optional<Outcome> award(String schemeId) {
    return awards.stream().filter(o -> o.decisionId().equals(schemeId)).findFirst();
  }

  /**
   * Gives a node's exact earned points.
   *
   * @param nodeId the node
   * @return its earned points, or empty when it does not apply
   * @throws InvalidValueException if the summary has no such node
   */
  public Optional<Ratio> earned(String nodeId) {
    int at = indexOf(nodeId) * STRIDE;
    return raw(at + 1) == 0 ? Optional.empty() : Optional.of(Ratio.of(raw(at), raw(at + 1)));
  }

  /**
   * Gives a node's exact possible points.
   *
   * @param nodeId the node
   * @return its possible points
   * @throws InvalidValueException if the summary has no such node
   */
  public Ratio possible(String nodeId) {
    int at = indexOf(nodeId) * STRIDE;
    return Ratio.of(raw(at + 2), raw(at + 3));
  }

  /**
   * Gives the exact fraction of its possible points a node earns.
   *
   * @param nodeId the node
   * @return earned ÷ possible, or empty when it does not apply or can earn nothing
   * @throws InvalidValueException if the summary has no such node
   */
  public Optional<Ratio> fraction(String nodeId) {
    int at = indexOf(nodeId) * STRIDE;
    if (raw(at + 1) == 0 || raw(at + 2) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Ratio.of(raw(at), raw(at + 1)).dividedBy(Ratio.of(raw(at + 2), raw(at + 3))));
  }

  /** {@return the exact total earned: the root's earned points, zero when nothing applies} */
  public Ratio total() {
    return raw(1) == 0 ? Ratio.ZERO : Ratio.of(raw(0), raw(1));
  }

  private int indexOf(String nodeId) {
    int i = nodeIds.indexOf(nodeId);
    if (i < 0) {
      throw new InvalidValueException(CohortMessages.notInRubric("nodeId", nodeId, subjectId));
    }
    return i;
  }

  /**
   * The values, for the cohort to read without a call per value: {@code exact[4 i + k]} when each
   * fits in an int, else null (then read them with {@link #raw}). Not to be written to.
   */
  int @Nullable [] smallValues() {
    return small;
  }

  /** The value of a node, for the cohort: {@code exact[4 i + k]}. */
  long raw(int index) {
    return small != null ? small[index] : wide[index];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrganisationSummary s
        && subjectId.equals(s.subjectId)
        && Objects.equals(province, s.province)
        && type == s.type
        && rubric.equals(s.rubric)
        && period.equals(s.period)
        && status == s.status
        && nodeIds.equals(s.nodeIds)
        && Arrays.equals(small, s.small)
        && Arrays.equals(wide, s.wide)
        && levels.equals(s.levels)
        && awards.equals(s.awards);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        subjectId,
        province,
        type,
        rubric,
        period,
        status,
        Arrays.hashCode(small),
        Arrays.hashCode(wide));
  }

  @Override
  public String toString() {
    return "OrganisationSummary["
        + subjectId
        + ", "
        + rubric
        + ", "
        + period
        + ", "
        + status.name().toLowerCase(java.util.Locale.ROOT)
        + "]";
  }

  /** Builds a summary node by node. Not thread-safe; {@link #build()} copies what was given. */
  public static final class Builder {
    private final String subjectId;
    private final OrganisationType type;
    private final RubricRef rubric;
    private final FiscalYear period;
    private @Nullable String province;
    private AssessmentStatus status = AssessmentStatus.DRAFT;
    private final List<String> ids = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private long[] values = new long[32 * STRIDE];
    private final List<Outcome> levels = new ArrayList<>();
    private final List<Outcome> awards = new ArrayList<>();
    private @Nullable List<String> shared;

    private Builder(String subjectId, OrganisationType type, RubricRef rubric, FiscalYear period) {
      this.subjectId = Checks.notBlank(subjectId, "subjectId");
      this.type = Checks.notNull(type, "type");
      this.rubric = Checks.notNull(rubric, "rubric");
      this.period = Checks.notNull(period, "period");
    }

    /**
     * Sets the province.
     *
     * @param province the province, or {@code null} for none
     * @return this builder
     */
    public Builder province(@Nullable String province) {
      if (province != null) {
        Checks.notBlank(province, "province");
      }
      this.province = province;
      return this;
    }

    /**
     * Sets the status of the assessment summarised (default {@link AssessmentStatus#DRAFT}, as an
     * assessment's; a cohort takes only final ones unless told otherwise).
     *
     * @param value the status
     * @return this builder
     */
    public Builder status(AssessmentStatus value) {
      this.status = Checks.notNull(value, "status");
      return this;
    }

    /**
     * Adds a node that applies.
     *
     * @param nodeId the node's id
     * @param earned its exact earned points, from zero to {@code possible}
     * @param possible its exact possible points, zero or more
     * @return this builder
     * @throws InvalidValueException if the id is blank or repeated, a value is negative, earned
     *     exceeds possible, or a value is too large for a summary
     */
    public Builder node(String nodeId, Ratio earned, Ratio possible) {
      Checks.notNull(earned, "earned");
      return put(nodeId, earned, possible);
    }

    /**
     * Adds a node that does not apply.
     *
     * @param nodeId the node's id
     * @param possible its exact possible points (usually zero), zero or more
     * @return this builder
     * @throws InvalidValueException if the id is blank or repeated, or the value is negative or too
     *     large for a summary
     */
    public Builder notApplicable(String nodeId, Ratio possible) {
      return put(nodeId, null, possible);
    }

    private void node(NodeScore n) {
      put(n.id(), n.fraction() == null ? null : n.exactEarned(), n.exactPossible());
    }

    private Builder put(String nodeId, @Nullable Ratio earned, Ratio possible) {
      Checks.notBlank(nodeId, "nodeId");
      Checks.notNull(possible, "possible");
      if (!seen.add(nodeId)) {
        throw new InvalidValueException(CohortMessages.duplicateNode(nodeId));
      }
      if (possible.signum() < 0 || (earned != null && earned.signum() < 0)) {
        throw new InvalidValueException(
            io.github.assessmentkit.internal.Messages.mustNotBeNegative(
                "points", nodeId, possible.min(earned == null ? possible : earned).round(2)));
      }
      if (earned != null && earned.compareTo(possible) > 0) {
        throw new InvalidValueException(CohortMessages.earnedAbovePossible(subjectId, nodeId));
      }
      int at = ids.size() * STRIDE;
      if (at + STRIDE > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      if (earned == null) {
        values[at] = 0;
        values[at + 1] = 0;
      } else {
        values[at] = fit(earned.numerator(), nodeId);
        values[at + 1] = fit(earned.denominator(), nodeId);
      }
      values[at + 2] = fit(possible.numerator(), nodeId);
      values[at + 3] = fit(possible.denominator(), nodeId);
      ids.add(nodeId);
      return this;
    }

    private long fit(BigInteger value, String nodeId) {
      if (value.bitLength() > 62) {
        throw new InvalidValueException(CohortMessages.tooLarge(subjectId, nodeId));
      }
      return value.longValue();
    }

    /**
     * Adds a ladder's outcome.
     *
     * @param ladderId the ladder
     * @param rungId the rung reached, or {@code null} when undecided
     * @return this builder
     */
    public Builder level(String ladderId, @Nullable String rungId) {
      return outcome(levels, new Outcome(ladderId, rungId, rungId == null));
    }

    /**
     * Adds an award scheme's outcome.
     *
     * @param schemeId the scheme
     * @param tierId the tier won, or {@code null} when none was won or it was undecided
     * @param undecided whether the decision could not be made
     * @return this builder
     */
    public Builder award(String schemeId, @Nullable String tierId, boolean undecided) {
      return outcome(awards, new Outcome(schemeId, tierId, undecided));
    }

    private Builder outcome(List<Outcome> list, Outcome o) {
      for (Outcome other : list) {
        if (other.decisionId().equals(o.decisionId())) {
          throw new InvalidValueException(CohortMessages.duplicateNode(o.decisionId()));
        }
      }
      list.add(o);
      return this;
    }

    /**
     * Shares a list of node ids among summaries: when the nodes added are exactly these, the
     * summary keeps this list rather than its own copy. Readers of many summaries of one rubric use
     * it to keep one list for all.
     *
     * @param nodeIds the ids, in order
     * @return this builder
     */
    public Builder sharing(List<String> nodeIds) {
      this.shared = Checks.copy(nodeIds, "nodeIds");
      return this;
    }

    /**
     * Builds the summary.
     *
     * @return the summary
     * @throws InvalidValueException if no node was added
     */
    public OrganisationSummary build() {
      if (ids.isEmpty()) {
        throw new InvalidValueException(
            io.github.assessmentkit.internal.Messages.cannotBeBlank("nodes"));
      }
      List<String> kept = shared != null && shared.equals(ids) ? shared : List.copyOf(ids);
      return new OrganisationSummary(this, kept, Arrays.copyOf(values, ids.size() * STRIDE));
    }
  }
}
