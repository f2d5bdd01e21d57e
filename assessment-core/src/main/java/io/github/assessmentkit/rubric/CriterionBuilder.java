package io.github.assessmentkit.rubric;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Builds a {@link Criterion}. Not thread-safe; {@link #build()} copies into an immutable value. */
public final class CriterionBuilder {
  private final String id;
  private Text title;
  private CriterionKind kind = CriterionKind.OTHER;
  private @Nullable BigDecimal points;
  private @Nullable BigDecimal weight;
  private @Nullable String strategy;
  private final List<Area> areas = new ArrayList<>();
  private final List<Criterion> children = new ArrayList<>();
  private final List<Indicator> indicators = new ArrayList<>();
  private @Nullable NotApplicablePolicy notApplicable;
  private @Nullable UnratedPolicy missing;
  private @Nullable UnratedPolicy unknown;
  private @Nullable WhenNothingCounts nothingCounts;
  private Extensions extensions = Extensions.NONE;

  CriterionBuilder(String id, Text title) {
    this.id = Checks.notBlank(id, "id");
    this.title = Checks.notNull(title, "title");
  }

  static CriterionBuilder from(Criterion c) {
    CriterionBuilder b = new CriterionBuilder(c.id(), c.title());
    b.kind = c.kind();
    b.points = c.points();
    b.weight = c.weight();
    b.strategy = c.strategy();
    b.areas.addAll(c.areas());
    b.children.addAll(c.children());
    b.indicators.addAll(c.indicators());
    b.notApplicable = c.policies().notApplicable();
    b.missing = c.policies().missing();
    b.unknown = c.policies().unknown();
    b.nothingCounts = c.policies().nothingCounts();
    b.extensions = c.extensions();
    return b;
  }

  /**
   * Sets the title.
   *
   * @param newTitle the title
   * @return this builder
   */
  public CriterionBuilder title(Text newTitle) {
    this.title = Checks.notNull(newTitle, "title");
    return this;
  }

  /**
   * Sets the kind; children added later through {@link #child(String, Text, Consumer)} inherit it.
   *
   * @param newKind the kind
   * @return this builder
   */
  public CriterionBuilder kind(CriterionKind newKind) {
    this.kind = Checks.notNull(newKind, "kind");
    return this;
  }

  /**
   * Gives the node fixed points, clearing any weight.
   *
   * @param value the points
   * @return this builder
   */
  public CriterionBuilder points(long value) {
    return points(BigDecimal.valueOf(value));
  }

  /**
   * Gives the node fixed points, clearing any weight.
   *
   * @param value the points
   * @return this builder
   */
  public CriterionBuilder points(BigDecimal value) {
    this.points = Checks.notNull(value, "points");
    this.weight = null;
    return this;
  }

  /**
   * Gives the node a relative weight, clearing any fixed points. A weight of 0 marks a node that is
   * assessed and reported but not counted.
   *
   * @param value the weight, zero or more
   * @return this builder
   */
  public CriterionBuilder weight(long value) {
    return weight(BigDecimal.valueOf(value));
  }

  /**
   * Gives the node a relative weight, clearing any fixed points.
   *
   * @param value the weight
   * @return this builder
   */
  public CriterionBuilder weight(BigDecimal value) {
    this.weight = Checks.notNull(value, "weight");
    this.points = null;
    return this;
  }

  /**
   * Scores this node with a strategy other than the rubric's default.
   *
   * @param strategyId the strategy's id, or {@code null} for the default
   * @return this builder
   */
  public CriterionBuilder strategy(@Nullable String strategyId) {
    this.strategy = strategyId;
    return this;
  }

  /**
   * Adds an area to address.
   *
   * @param areaId the area's id
   * @param text the question
   * @return this builder
   */
  public CriterionBuilder area(String areaId, Text text) {
    areas.add(new Area(areaId, text));
    return this;
  }

  /**
   * Adds an area to address.
   *
   * @param area the area
   * @return this builder
   */
  public CriterionBuilder area(Area area) {
    areas.add(Checks.notNull(area, "area"));
    return this;
  }

  /**
   * Adds a child criterion.
   *
   * @param child the child
   * @return this builder
   */
  public CriterionBuilder child(Criterion child) {
    children.add(Checks.notNull(child, "child"));
    return this;
  }

  /**
   * Adds a child criterion built in place; it starts with this node's kind.
   *
   * @param childId the child's id
   * @param childTitle the child's name
   * @param spec sets the child up
   * @return this builder
   */
  public CriterionBuilder child(String childId, Text childTitle, Consumer<CriterionBuilder> spec) {
    CriterionBuilder b = new CriterionBuilder(childId, childTitle).kind(kind);
    spec.accept(b);
    return child(b.build());
  }

  /**
   * Adds an indicator.
   *
   * @param indicator the indicator
   * @return this builder
   */
  public CriterionBuilder indicator(Indicator indicator) {
    indicators.add(Checks.notNull(indicator, "indicator"));
    return this;
  }

  /**
   * Declares what a not-applicable part does in this criterion's subtree, unless a descendant
   * declares its own.
   *
   * @param policy the policy, or {@code null} to inherit it from the ancestors or the rubric
   * @return this builder
   * @see ScoringPolicies#notApplicable()
   */
  public CriterionBuilder notApplicable(@Nullable NotApplicablePolicy policy) {
    this.notApplicable = policy;
    return this;
  }

  /**
   * Declares what an indicator with no rating does in this criterion's subtree, unless a descendant
   * declares its own.
   *
   * @param policy the policy, or {@code null} to inherit it from the ancestors or the rubric
   * @return this builder
   * @see ScoringPolicies#missing()
   */
  public CriterionBuilder whenMissing(@Nullable UnratedPolicy policy) {
    this.missing = policy;
    return this;
  }

  /**
   * Declares what an indicator rated unknown does in this criterion's subtree, unless a descendant
   * declares its own.
   *
   * @param policy the policy, or {@code null} to inherit it from the ancestors or the rubric
   * @return this builder
   * @see ScoringPolicies#unknown()
   */
  public CriterionBuilder whenUnknown(@Nullable UnratedPolicy policy) {
    this.unknown = policy;
    return this;
  }

  /**
   * Declares what a criterion of this subtree means when none of its parts counts, unless a
   * descendant declares its own.
   *
   * @param meaning the meaning, or {@code null} to inherit it from the ancestors or the rubric
   * @return this builder
   * @see ScoringPolicies#nothingCounts()
   */
  public CriterionBuilder whenNothingCounts(@Nullable WhenNothingCounts meaning) {
    this.nothingCounts = meaning;
    return this;
  }

  /**
   * Replaces the unknown fields kept from JSON.
   *
   * @param value the extensions
   * @return this builder
   */
  public CriterionBuilder extensions(Extensions value) {
    this.extensions = Checks.notNull(value, "extensions");
    return this;
  }

  /** {@return a mutable view of the children, for derivation} */
  List<Criterion> children() {
    return children;
  }

  /** {@return a mutable view of the indicators, for derivation} */
  List<Indicator> indicators() {
    return indicators;
  }

  /**
   * Builds the criterion.
   *
   * @return the immutable criterion
   * @throws IllegalArgumentException if the node is inconsistent on its own
   */
  public Criterion build() {
    ScoringPolicies policies =
        notApplicable == null && missing == null && unknown == null && nothingCounts == null
            ? ScoringPolicies.INHERIT
            : new ScoringPolicies(notApplicable, missing, unknown, nothingCounts);
    return new Criterion(
        id,
        title,
        kind,
        points,
        weight,
        strategy,
        areas,
        children,
        indicators,
        policies,
        extensions);
  }
}
