package io.github.assessmentkit.rubric;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Rubric}, or derives one from another: add, replace, remove, reweight, rename and
 * re-version criteria without touching the original.
 *
 * <pre>{@code
 * Rubric savings = Rubric.from(cqa)
 *     .version("2025.1-savings")
 *     .addArea("3.1", new Area("3.1s", Text.en("How are savings members heard?")))
 *     .reweight("7.5", 100).reweight("7.1", 110)
 *     .build();
 * }</pre>
 *
 * <p>A derived builder keeps the base rubric's declared total. A change that alters the sum of the
 * top-level points (removing a category, say) therefore fails to build, naming the rubric, until
 * the total is set again with {@link #totalPoints(long)}, or with {@code totalPoints(null)} to take
 * the new sum: a maximum never changes by accident.
 *
 * <p>Not thread-safe. {@link #build()} checks the whole rubric and copies it into an immutable
 * value; a structural error throws {@link InvalidRubricException} naming the node.
 */
public final class RubricBuilder {
  String id;
  String version;
  @Nullable String edition;
  @Nullable Text title;
  @Nullable Provenance provenance;
  @Nullable BigDecimal totalPoints;
  @Nullable String defaultStrategy;
  @Nullable ResultScale resultScale;
  NotApplicablePolicy notApplicablePolicy = ScoringPolicies.DEFAULTS.notApplicable();
  UnratedPolicy whenMissing = UnratedPolicy.COUNT_AS_ZERO;
  UnratedPolicy whenUnknown = UnratedPolicy.COUNT_AS_ZERO;
  WhenNothingCounts whenNothingCounts = WhenNothingCounts.NOT_APPLICABLE;
  Severity evidenceValidity = Severity.WARNING;
  final List<Criterion> criteria = new ArrayList<>();
  final List<Ladder> ladders = new ArrayList<>();
  final List<AwardScheme> awards = new ArrayList<>();
  Extensions extensions = Extensions.NONE;
  boolean capByWeakestDimension;
  boolean requireEveryDimension;

  RubricBuilder(String id, String version) {
    this.id = refPart(id, "id");
    this.version = refPart(version, "version");
  }

  /** Checks a part of the rubric's {@code id@version} reference. */
  private static String refPart(String value, String name) {
    Checks.notBlank(value, name);
    if (value.contains("@")) {
      throw new InvalidValueException(RubricMessages.atInReferencePart(name, value));
    }
    return value;
  }

  static RubricBuilder from(Rubric base) {
    RubricBuilder b = new RubricBuilder(base.id(), base.version());
    b.edition = base.edition().orElse(null);
    b.title = base.title();
    b.provenance = base.provenance();
    b.totalPoints = base.totalPoints();
    b.defaultStrategy = base.defaultStrategy();
    b.resultScale = base.resultScale().orElse(null);
    b.notApplicablePolicy = base.policies().notApplicable();
    b.whenMissing = base.policies().missing();
    b.whenUnknown = base.policies().unknown();
    b.whenNothingCounts = base.policies().nothingCounts();
    b.evidenceValidity = base.evidenceValidity();
    b.criteria.addAll(base.criteria());
    b.ladders.addAll(base.ladders());
    b.awards.addAll(base.awards());
    b.extensions = base.extensions();
    b.capByWeakestDimension = base.capsByWeakestDimension();
    b.requireEveryDimension = base.requiresEveryDimension();
    return b;
  }

  /**
   * Renames the rubric (a derived set is a different rubric).
   *
   * @param newId the id
   * @return this builder
   * @throws IllegalArgumentException if the id is blank or contains {@code @}
   */
  public RubricBuilder id(String newId) {
    this.id = refPart(newId, "id");
    return this;
  }

  /**
   * Sets the version.
   *
   * @param newVersion the version
   * @return this builder
   * @throws IllegalArgumentException if the version is blank or contains {@code @}
   */
  public RubricBuilder version(String newVersion) {
    this.version = refPart(newVersion, "version");
    return this;
  }

  /**
   * Sets the edition, for example the years a criteria book covers.
   *
   * @param newEdition the edition, or {@code null}
   * @return this builder
   */
  public RubricBuilder edition(@Nullable String newEdition) {
    this.edition = newEdition;
    return this;
  }

  /**
   * Sets the title.
   *
   * @param newTitle the title
   * @return this builder
   */
  public RubricBuilder title(Text newTitle) {
    this.title = Checks.notNull(newTitle, "title");
    return this;
  }

  /**
   * Sets where the rubric comes from.
   *
   * @param newProvenance the provenance
   * @return this builder
   */
  public RubricBuilder provenance(Provenance newProvenance) {
    this.provenance = Checks.notNull(newProvenance, "provenance");
    return this;
  }

  /**
   * Sets the possible total. Optional when the top-level criteria carry fixed points (the total is
   * then their sum, and a given total must match it); required when they carry weights.
   *
   * @param points the total
   * @return this builder
   */
  public RubricBuilder totalPoints(long points) {
    return totalPoints(BigDecimal.valueOf(points));
  }

  /**
   * Sets the possible total.
   *
   * @param points the total, with at most two decimal places, or {@code null} to derive it
   * @return this builder
   * @throws IllegalArgumentException if the total is negative or has more than two decimal places
   * @see #totalPoints(long)
   */
  public RubricBuilder totalPoints(@Nullable BigDecimal points) {
    this.totalPoints = points == null ? null : Checks.points(points, "totalPoints");
    return this;
  }

  /**
   * Sets the strategy used where a criterion names none.
   *
   * @param strategyId the strategy's id
   * @return this builder
   */
  public RubricBuilder defaultStrategy(String strategyId) {
    this.defaultStrategy = Checks.notBlank(strategyId, "defaultStrategy");
    return this;
  }

  /**
   * States the rubric's result on a scale other than points as well, for example 0 to 5.
   *
   * @param scale the scale, or {@code null} to state the result in points only (the default)
   * @return this builder
   * @see Rubric#resultScale()
   */
  public RubricBuilder resultScale(@Nullable ResultScale scale) {
    this.resultScale = scale;
    return this;
  }

  /**
   * Sets what a not-applicable part does where no criterion declares otherwise; {@link
   * NotApplicablePolicy#EXCLUDE_AND_RENORMALISE} unless set.
   *
   * @param policy the policy
   * @return this builder
   * @see CriterionBuilder#notApplicable(NotApplicablePolicy)
   */
  public RubricBuilder notApplicablePolicy(NotApplicablePolicy policy) {
    this.notApplicablePolicy = Checks.notNull(policy, "policy");
    return this;
  }

  /**
   * Sets what an indicator with no rating does where no criterion declares otherwise; {@link
   * UnratedPolicy#COUNT_AS_ZERO} unless set.
   *
   * @param policy the policy
   * @return this builder
   * @see CriterionBuilder#whenMissing(UnratedPolicy)
   */
  public RubricBuilder whenMissing(UnratedPolicy policy) {
    this.whenMissing = Checks.notNull(policy, "policy");
    return this;
  }

  /**
   * Sets what an indicator rated unknown does where no criterion declares otherwise; {@link
   * UnratedPolicy#COUNT_AS_ZERO} unless set.
   *
   * @param policy the policy
   * @return this builder
   * @see CriterionBuilder#whenUnknown(UnratedPolicy)
   */
  public RubricBuilder whenUnknown(UnratedPolicy policy) {
    this.whenUnknown = Checks.notNull(policy, "policy");
    return this;
  }

  /**
   * Sets what a criterion means when none of its parts counts, where no criterion declares
   * otherwise; {@link WhenNothingCounts#NOT_APPLICABLE} unless set.
   *
   * @param meaning the meaning
   * @return this builder
   * @see CriterionBuilder#whenNothingCounts(WhenNothingCounts)
   */
  public RubricBuilder whenNothingCounts(WhenNothingCounts meaning) {
    this.whenNothingCounts = Checks.notNull(meaning, "meaning");
    return this;
  }

  /**
   * Sets how validation treats a rating that cites evidence not valid for the fiscal year assessed
   * (rule {@code evidence.valid-for-period}): {@link Severity#WARNING} (the default) reports it and
   * scores all the same; {@link Severity#ERROR} stops scoring.
   *
   * @param severity the severity
   * @return this builder
   * @see Rubric#evidenceValidity()
   */
  public RubricBuilder evidenceValidity(Severity severity) {
    this.evidenceValidity = Checks.notNull(severity, "severity");
    return this;
  }

  /**
   * Declares that an item rated on a band scale may not score above the band its weakest dimension
   * supports: its percentage is capped at the top of the band holding its lowest-rated dimension
   * (see {@code BandScale.capped}). Off by default.
   *
   * @param on whether to cap
   * @return this builder
   * @see Rubric#capsByWeakestDimension()
   */
  public RubricBuilder capByWeakestDimension(boolean on) {
    this.capByWeakestDimension = on;
    return this;
  }

  /**
   * Declares that an item rated on a band scale above 0 must rate every dimension of its scale
   * (validation rule {@code rating.every-dimension-rated}). Off by default.
   *
   * @param on whether to require it
   * @return this builder
   * @see Rubric#requiresEveryDimension()
   */
  public RubricBuilder requireEveryDimension(boolean on) {
    this.requireEveryDimension = on;
    return this;
  }

  /**
   * Adds a top-level criterion.
   *
   * @param criterion the criterion
   * @return this builder
   */
  public RubricBuilder criterion(Criterion criterion) {
    criteria.add(Checks.notNull(criterion, "criterion"));
    return this;
  }

  /**
   * Adds a rating ladder.
   *
   * @param ladder the ladder
   * @return this builder
   */
  public RubricBuilder ladder(Ladder ladder) {
    ladders.add(Checks.notNull(ladder, "ladder"));
    return this;
  }

  /**
   * Adds an award scheme.
   *
   * @param scheme the scheme
   * @return this builder
   */
  public RubricBuilder award(AwardScheme scheme) {
    awards.add(Checks.notNull(scheme, "scheme"));
    return this;
  }

  /**
   * Replaces the unknown fields kept from JSON.
   *
   * @param value the extensions
   * @return this builder
   */
  public RubricBuilder extensions(Extensions value) {
    this.extensions = Checks.notNull(value, "extensions");
    return this;
  }

  /**
   * Adds a criterion under an existing one.
   *
   * @param parentId the parent's id
   * @param child the new criterion
   * @return this builder
   * @throws InvalidRubricException if no criterion has that id
   */
  public RubricBuilder add(String parentId, Criterion child) {
    Checks.notNull(child, "child");
    return change(parentId, c -> c.with(b -> b.child(child)));
  }

  /**
   * Replaces a criterion, wherever it stands, by another with the same id.
   *
   * @param replacement the new criterion
   * @return this builder
   * @throws InvalidRubricException if no criterion has that id
   */
  public RubricBuilder replace(Criterion replacement) {
    Checks.notNull(replacement, "replacement");
    return change(replacement.id(), c -> replacement);
  }

  /**
   * Removes a criterion and everything below it.
   *
   * @param criterionId the id
   * @return this builder
   * @throws InvalidRubricException if no criterion has that id
   */
  public RubricBuilder remove(String criterionId) {
    if (!removeFrom(criteria, criterionId)) {
      throw new InvalidRubricException(criterionId, Messages.noSuchCriterion(criterionId));
    }
    return this;
  }

  /**
   * Gives a criterion new fixed points. Its parent's points (and the rubric's total) are not
   * changed: reweight siblings so they still add up, or the build fails naming the parent.
   *
   * @param criterionId the id
   * @param points the new points
   * @return this builder
   */
  public RubricBuilder reweight(String criterionId, long points) {
    return change(criterionId, c -> c.with(b -> b.points(points)));
  }

  /**
   * Gives a criterion new fixed points, which may have two decimal places.
   *
   * @param criterionId the id
   * @param points the new points
   * @return this builder
   * @see #reweight(String, long)
   */
  public RubricBuilder reweight(String criterionId, BigDecimal points) {
    Checks.notNull(points, "points");
    return change(criterionId, c -> c.with(b -> b.points(points)));
  }

  /**
   * Gives a criterion a new title.
   *
   * @param criterionId the id
   * @param newTitle the title
   * @return this builder
   */
  public RubricBuilder rename(String criterionId, Text newTitle) {
    return change(criterionId, c -> c.with(b -> b.title(newTitle)));
  }

  /**
   * Adds an area to address to a criterion.
   *
   * @param criterionId the id
   * @param area the area
   * @return this builder
   */
  public RubricBuilder addArea(String criterionId, Area area) {
    return change(criterionId, c -> c.with(b -> b.area(area)));
  }

  /**
   * Changes a criterion in place through its builder.
   *
   * @param criterionId the id
   * @param change what to change
   * @return this builder
   */
  public RubricBuilder modify(String criterionId, Consumer<CriterionBuilder> change) {
    return change(criterionId, c -> c.with(change));
  }

  private RubricBuilder change(String criterionId, UnaryOperator<Criterion> change) {
    if (!changeIn(criteria, criterionId, change)) {
      throw new InvalidRubricException(criterionId, Messages.noSuchCriterion(criterionId));
    }
    return this;
  }

  private static boolean changeIn(
      List<Criterion> list, String criterionId, UnaryOperator<Criterion> change) {
    for (int i = 0; i < list.size(); i++) {
      Criterion c = list.get(i);
      if (c.id().equals(criterionId)) {
        list.set(i, change.apply(c));
        return true;
      }
      List<Criterion> children = new ArrayList<>(c.children());
      if (changeIn(children, criterionId, change)) {
        list.set(i, c.with(b -> replaceChildren(b, children)));
        return true;
      }
    }
    return false;
  }

  private static boolean removeFrom(List<Criterion> list, String criterionId) {
    for (int i = 0; i < list.size(); i++) {
      Criterion c = list.get(i);
      if (c.id().equals(criterionId)) {
        list.remove(i);
        return true;
      }
      List<Criterion> children = new ArrayList<>(c.children());
      if (removeFrom(children, criterionId)) {
        list.set(i, c.with(b -> replaceChildren(b, children)));
        return true;
      }
    }
    return false;
  }

  private static void replaceChildren(CriterionBuilder b, List<Criterion> children) {
    b.children().clear();
    b.children().addAll(children);
  }

  /**
   * Checks and builds the rubric.
   *
   * @return the immutable rubric
   * @throws InvalidRubricException naming the node at fault
   */
  public Rubric build() {
    if (title == null) {
      throw new InvalidRubricException(id, Messages.missing(id, "title"));
    }
    if (provenance == null) {
      throw new InvalidRubricException(id, Messages.missing(id, "provenance"));
    }
    if (defaultStrategy == null) {
      throw new InvalidRubricException(id, Messages.missing(id, "defaultStrategy"));
    }
    return new Rubric(this);
  }
}
