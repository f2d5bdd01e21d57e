package io.github.assessmentkit.rubric;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Rubric}, or derives one from another: add, replace, remove, move, reweight,
 * rename and re-version criteria and indicators, replace or remove ladders and award schemes, and
 * declare rating rules, without touching the original.
 *
 * <pre>{@code
 * Rubric savings = Rubric.from(cqa)
 *     .version("2025.1-savings")
 *     .addArea("3.1", new Area("3.1s", Text.en("How are savings members heard?")))
 *     .reweight("7.5", 100).reweight("7.1", 110)           // fixed points
 *     .replaceIndicator(item32.requiringEvidence())          // in its place, wherever it stands
 *     .moveIndicator("6.2", "6.1")
 *     .replaceLadder(stricterBands)                          // same id, new rungs
 *     .ratingRules("7", RatingRules.NONE.evidenceAbove(0))   // evidence for anything above 0 %
 *     .build();
 * Rubric farmers = Rubric.from(governance).reweightByWeight("G3", 2).build();  // weighted set
 * }</pre>
 *
 * <p>{@link #build()} makes every structural check the JSON reader makes, so a rubric that builds
 * is written and read back equal: ids and codes not blank, without white space at either end or
 * characters that cannot be seen; every strategy named known to {@link #strategies(KnownStrategies)
 * the strategies given} (the built-in ones unless set). An error of a derived rubric names what it
 * owes to the base rubric and the changes of the derivation that bear on the node at fault, for
 * example {@code the points of the children of '1' add up to 55, not 60 (the 60 of '1' from the
 * base set cqa@2025.1; changed by this derivation: reweight('1.2') gave it 15 fixed points)}.
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
  final Map<String, RatingRules> ratingRules = new LinkedHashMap<>();
  private KnownStrategies strategies = KnownStrategies.standard();
  private @Nullable Rubric base;
  private final List<Change> changes = new ArrayList<>();

  /**
   * One change a derivation made, for the errors it may cause.
   *
   * @param at the ids of the criteria whose checks the change bears on
   * @param what the change, in both languages
   */
  private record Change(Set<String> at, Text what) {}

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
    b.ratingRules.putAll(base.ratingRules());
    b.base = base;
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
   * Adds a rating ladder. A derived rubric's ladder is replaced with {@link
   * #replaceLadder(Ladder)}; adding one with the id of another fails to build.
   *
   * @param ladder the ladder
   * @return this builder
   */
  public RubricBuilder ladder(Ladder ladder) {
    ladders.add(Checks.notNull(ladder, "ladder"));
    return this;
  }

  /**
   * Replaces the ladder with the same id, in its place.
   *
   * @param ladder the new ladder
   * @return this builder
   * @throws InvalidRubricException if no ladder has that id
   */
  public RubricBuilder replaceLadder(Ladder ladder) {
    Checks.notNull(ladder, "ladder");
    ladders.set(requireLadder(ladder.id()), ladder);
    return this;
  }

  /**
   * Removes a ladder. A condition that names one of its rungs then fails to build, naming it.
   *
   * @param ladderId the ladder's id
   * @return this builder
   * @throws InvalidRubricException if no ladder has that id
   */
  public RubricBuilder removeLadder(String ladderId) {
    ladders.remove(requireLadder(ladderId));
    return this;
  }

  private int indexOfLadder(String ladderId) {
    for (int i = 0; i < ladders.size(); i++) {
      if (ladders.get(i).id().equals(ladderId)) {
        return i;
      }
    }
    return -1;
  }

  private int requireLadder(String ladderId) {
    int at = indexOfLadder(ladderId);
    if (at < 0) {
      throw new InvalidRubricException(ladderId, RubricMessages.noSuchLadder(ladderId));
    }
    return at;
  }

  /**
   * Adds an award scheme. A derived rubric's scheme is replaced with {@link
   * #replaceAward(AwardScheme)}; adding one with the id of another fails to build.
   *
   * @param scheme the scheme
   * @return this builder
   */
  public RubricBuilder award(AwardScheme scheme) {
    awards.add(Checks.notNull(scheme, "scheme"));
    return this;
  }

  /**
   * Replaces the award scheme with the same id, in its place.
   *
   * @param scheme the new scheme
   * @return this builder
   * @throws InvalidRubricException if no scheme has that id
   */
  public RubricBuilder replaceAward(AwardScheme scheme) {
    Checks.notNull(scheme, "scheme");
    awards.set(requireAward(scheme.id()), scheme);
    return this;
  }

  /**
   * Removes an award scheme.
   *
   * @param schemeId the scheme's id
   * @return this builder
   * @throws InvalidRubricException if no scheme has that id
   */
  public RubricBuilder removeAward(String schemeId) {
    awards.remove(requireAward(schemeId));
    return this;
  }

  private int indexOfAward(String schemeId) {
    for (int i = 0; i < awards.size(); i++) {
      if (awards.get(i).id().equals(schemeId)) {
        return i;
      }
    }
    return -1;
  }

  private int requireAward(String schemeId) {
    int at = indexOfAward(schemeId);
    if (at < 0) {
      throw new InvalidRubricException(schemeId, RubricMessages.noSuchAward(schemeId));
    }
    return at;
  }

  /**
   * Declares rating rules for an indicator, or for every indicator under a criterion: when a rating
   * must cite evidence, name strengths or name opportunities for improvement. An indicator's own
   * rules come first, then those of its nearest criterion that declares each rule. Validation
   * reports a rating that breaks one (rules {@code rating.evidence-required}, {@code
   * rating.strengths-required} and {@code rating.improvements-required}).
   *
   * @param nodeId the id of an indicator or a criterion
   * @param rules the rules, replacing any declared there before
   * @return this builder
   * @see RatingRules
   * @see Rubric#ratingRulesOf(String)
   */
  public RubricBuilder ratingRules(String nodeId, RatingRules rules) {
    Checks.notBlank(nodeId, "nodeId");
    ratingRules.put(nodeId, Checks.notNull(rules, "rules"));
    return this;
  }

  /**
   * Sets the strategies the rubric may name, checked by {@link #build()}: {@link
   * KnownStrategies#standard()} unless set, a builder from {@link Rubric#from(Rubric)} included (a
   * rubric does not keep the strategies it was checked against). Give the {@code StrategyRegistry}
   * the rubric is scored with when it names strategies of its own, or {@link KnownStrategies#any()}
   * to check none (the JSON reader does so: a document may name strategies registered where it is
   * scored).
   *
   * @param known the known strategies
   * @return this builder
   */
  public RubricBuilder strategies(KnownStrategies known) {
    this.strategies = Checks.notNull(known, "known");
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
    change(parentId, c -> c.with(b -> b.child(child)));
    return log(
        ids(parentId, child.id()),
        "add",
        child.id(),
        "under '" + parentId + "'",
        "ใต้ '" + parentId + "'");
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
    String parent = parentOf(replacement.id());
    change(replacement.id(), c -> replacement);
    return log(ids(parent, replacement.id()), "replace", replacement.id(), "", "");
  }

  /**
   * Removes a criterion and everything below it.
   *
   * @param criterionId the id
   * @return this builder
   * @throws InvalidRubricException if no criterion has that id
   */
  public RubricBuilder remove(String criterionId) {
    // parentOf has refused an id no criterion has, so the criterion is there to remove
    String parent = parentOf(criterionId);
    removeFrom(criteria, criterionId);
    return log(ids(parent), "remove", criterionId, "", "");
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
    return reweight(criterionId, BigDecimal.valueOf(points));
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
    String parent = parentOf(criterionId);
    change(criterionId, c -> c.with(b -> b.points(points)));
    String p = points.toPlainString();
    return log(
        ids(parent, criterionId),
        "reweight",
        criterionId,
        "gave it " + p + " fixed points",
        "ให้คะแนนเต็ม " + p);
  }

  /**
   * Gives a criterion a new relative weight, clearing its fixed points: how a criterion among
   * weighted siblings is reweighted.
   *
   * @param criterionId the id
   * @param weight the new weight, zero or more
   * @return this builder
   * @throws InvalidRubricException if no criterion has that id
   * @see #reweight(String, long)
   */
  public RubricBuilder reweightByWeight(String criterionId, long weight) {
    return reweightByWeight(criterionId, BigDecimal.valueOf(weight));
  }

  /**
   * Gives a criterion a new relative weight, clearing its fixed points.
   *
   * @param criterionId the id
   * @param weight the new weight, zero or more
   * @return this builder
   * @throws InvalidRubricException if no criterion has that id
   * @see #reweightByWeight(String, long)
   */
  public RubricBuilder reweightByWeight(String criterionId, BigDecimal weight) {
    Checks.notNull(weight, "weight");
    String parent = parentOf(criterionId);
    change(criterionId, c -> c.with(b -> b.weight(weight)));
    String w = weight.toPlainString();
    return log(
        ids(parent, criterionId),
        "reweightByWeight",
        criterionId,
        "gave it the weight " + w,
        "ให้น้ำหนัก " + w);
  }

  /**
   * Adds an indicator to a criterion, after its other indicators.
   *
   * @param criterionId the criterion's id
   * @param indicator the indicator
   * @return this builder
   * @throws InvalidRubricException if no criterion has that id
   */
  public RubricBuilder addIndicator(String criterionId, Indicator indicator) {
    Checks.notNull(indicator, "indicator");
    change(criterionId, c -> c.with(b -> b.indicator(indicator)));
    return log(
        ids(criterionId),
        "addIndicator",
        indicator.id(),
        "to '" + criterionId + "'",
        "ใน '" + criterionId + "'");
  }

  /**
   * Replaces the indicator with the same id, in its place, wherever it stands.
   *
   * @param replacement the new indicator
   * @return this builder
   * @throws InvalidRubricException if no indicator has that id
   */
  public RubricBuilder replaceIndicator(Indicator replacement) {
    Checks.notNull(replacement, "replacement");
    String holder = holderOf(replacement.id());
    change(holder, c -> c.with(b -> b.replaceIndicator(replacement)));
    return log(ids(holder), "replaceIndicator", replacement.id(), "", "");
  }

  /**
   * Removes an indicator, wherever it stands. A leaf left without indicators fails to build, naming
   * it.
   *
   * @param indicatorId the indicator's id
   * @return this builder
   * @throws InvalidRubricException if no indicator has that id
   */
  public RubricBuilder removeIndicator(String indicatorId) {
    String holder = holderOf(indicatorId);
    change(holder, c -> c.with(b -> b.removeIndicator(indicatorId)));
    return log(
        ids(holder),
        "removeIndicator",
        indicatorId,
        "from '" + holder + "'",
        "ออกจาก '" + holder + "'");
  }

  /**
   * Moves an indicator, as it is, to the end of another criterion's indicators.
   *
   * @param indicatorId the indicator's id
   * @param toCriterionId the criterion it moves to
   * @return this builder
   * @throws InvalidRubricException if no indicator or no criterion has that id
   */
  public RubricBuilder moveIndicator(String indicatorId, String toCriterionId) {
    String holder = holderOf(indicatorId);
    if (findIn(criteria, toCriterionId) == null) {
      throw new InvalidRubricException(toCriterionId, Messages.noSuchCriterion(toCriterionId));
    }
    Indicator moved = indicatorIn(holder, indicatorId);
    change(holder, c -> c.with(b -> b.removeIndicator(indicatorId)));
    change(toCriterionId, c -> c.with(b -> b.indicator(moved)));
    return log(
        ids(holder, toCriterionId),
        "moveIndicator",
        indicatorId,
        "from '" + holder + "' to '" + toCriterionId + "'",
        "จาก '" + holder + "' ไป '" + toCriterionId + "'");
  }

  /**
   * Gives a criterion a new title.
   *
   * @param criterionId the id
   * @param newTitle the title
   * @return this builder
   */
  public RubricBuilder rename(String criterionId, Text newTitle) {
    Checks.notNull(newTitle, "newTitle");
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
    Checks.notNull(change, "change");
    String parent = parentOf(criterionId);
    change(criterionId, c -> c.with(change));
    return log(ids(parent, criterionId), "modify", criterionId, "", "");
  }

  private static Set<String> ids(String... ids) {
    return new HashSet<>(Arrays.asList(ids));
  }

  private RubricBuilder log(
      Set<String> at, String method, String id, String detail, String detailTh) {
    changes.add(new Change(at, RubricMessages.change(method, id, detail, detailTh)));
    return this;
  }

  /** The id of the criterion holding a criterion, or the rubric's id for a top-level one. */
  private String parentOf(String criterionId) {
    String found = parentIn(criteria, id, criterionId);
    if (found == null) {
      throw new InvalidRubricException(criterionId, Messages.noSuchCriterion(criterionId));
    }
    return found;
  }

  private static @Nullable String parentIn(
      List<Criterion> list, String parentId, String criterionId) {
    for (Criterion c : list) {
      if (c.id().equals(criterionId)) {
        return parentId;
      }
      String found = parentIn(c.children(), c.id(), criterionId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable Criterion findIn(List<Criterion> list, String criterionId) {
    for (Criterion c : list) {
      Optional<Criterion> found = c.find(criterionId);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return null;
  }

  /** The id of the criterion holding an indicator. */
  private String holderOf(String indicatorId) {
    Criterion found = holderIn(criteria, indicatorId);
    if (found == null) {
      throw new InvalidRubricException(indicatorId, RubricMessages.noSuchIndicator(indicatorId));
    }
    return found.id();
  }

  private static @Nullable Criterion holderIn(List<Criterion> list, String indicatorId) {
    for (Criterion c : list) {
      for (Indicator i : c.indicators()) {
        if (i.id().equals(indicatorId)) {
          return c;
        }
      }
      Criterion found = holderIn(c.children(), indicatorId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private Indicator indicatorIn(String criterionId, String indicatorId) {
    Criterion holder = Objects.requireNonNull(findIn(criteria, criterionId));
    for (Indicator i : holder.indicators()) {
      if (i.id().equals(indicatorId)) {
        return i;
      }
    }
    throw new InvalidRubricException(indicatorId, RubricMessages.noSuchIndicator(indicatorId));
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
    try {
      BuildChecks.check(this, strategies);
      return new Rubric(this);
    } catch (InvalidRubricException e) {
      Rubric from = base;
      List<Text> notes =
          from == null ? List.of() : notes(from, e.nodeId(), e instanceof PointsMismatchException);
      if (notes.isEmpty()) {
        throw e instanceof PointsMismatchException
            ? new InvalidRubricException(e.nodeId(), e.text())
            : e;
      }
      InvalidRubricException named =
          new InvalidRubricException(e.nodeId(), RubricMessages.derived(e.text(), notes));
      named.initCause(e);
      throw named;
    }
  }

  /**
   * What a build error at a node owes to the base rubric: the points or total the node keeps from
   * the base, and the changes of this derivation that bear on it.
   */
  private List<Text> notes(Rubric from, String nodeId, boolean sums) {
    List<Text> notes = new ArrayList<>();
    String ref = from.ref().toString();
    if (!sums) {
      // only a sum that does not add up owes its expected value to the base
    } else if (nodeId.equals(id)) {
      if (totalPoints != null && totalPoints.compareTo(from.totalPoints()) == 0) {
        String t = totalPoints.toPlainString();
        notes.add(RubricMessages.fromBase("the total " + t, "คะแนนรวม " + t, ref));
      }
    } else {
      Criterion now = findIn(criteria, nodeId);
      Optional<Criterion> before = from.criterion(nodeId);
      if (now != null
          && now.points() != null
          && before.isPresent()
          && before.get().points() != null
          && now.points().compareTo(before.get().points()) == 0) {
        String p = now.points().toPlainString();
        notes.add(
            RubricMessages.fromBase(
                "the " + p + " of '" + nodeId + "'",
                "คะแนนเต็ม " + p + " ของ '" + nodeId + "'",
                ref));
      }
    }
    List<Text> here = new ArrayList<>();
    for (Change c : changes) {
      if (c.at().contains(nodeId)) {
        here.add(c.what());
      }
    }
    if (!here.isEmpty()) {
      notes.add(RubricMessages.changedHere(here));
    }
    return notes;
  }
}
