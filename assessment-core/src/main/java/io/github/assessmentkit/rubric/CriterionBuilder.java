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
import org.jspecify.annotations.Nullable;

/** Builds a {@link Criterion}. Not thread-safe; {@link #build()} copies into an immutable value. */
public final class CriterionBuilder {
  private final String id;
  private Text title;
  CriterionKind kind = CriterionKind.OTHER;
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
   * Sets the kind; children added later, in any form of {@code child(...)}, inherit it unless they
   * declare their own.
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
   * Adds a child criterion. A child of kind {@link CriterionKind#OTHER} (a kind not declared) takes
   * this node's kind, as a child built in place does; a child of any other kind keeps its own.
   *
   * @param child the child
   * @return this builder
   */
  public CriterionBuilder child(Criterion child) {
    children.add(inherit(Checks.notNull(child, "child")));
    return this;
  }

  private Criterion inherit(Criterion child) {
    if (child.kind() != CriterionKind.OTHER || kind == CriterionKind.OTHER) {
      return child;
    }
    CriterionBuilder b = child.toBuilder();
    b.kind = kind;
    return b.build();
  }

  /**
   * Replaces the child with the same id, in its place; the replacement takes this node's kind as
   * {@link #child(Criterion)} says.
   *
   * @param replacement the new child
   * @return this builder
   * @throws IllegalArgumentException if no child has that id
   */
  public CriterionBuilder replaceChild(Criterion replacement) {
    Checks.notNull(replacement, "replacement");
    children.set(childAt(replacement.id()), inherit(replacement));
    return this;
  }

  /**
   * Removes a child and everything below it.
   *
   * @param childId the child's id
   * @return this builder
   * @throws IllegalArgumentException if no child has that id
   */
  public CriterionBuilder removeChild(String childId) {
    children.remove(childAt(childId));
    return this;
  }

  private int childAt(String childId) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).id().equals(childId)) {
        return i;
      }
    }
    throw new InvalidValueException(Messages.noSuchCriterion(childId));
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
   * Replaces the indicator with the same id, in its place.
   *
   * @param replacement the new indicator
   * @return this builder
   * @throws IllegalArgumentException if this node has no indicator with that id
   */
  public CriterionBuilder replaceIndicator(Indicator replacement) {
    Checks.notNull(replacement, "replacement");
    indicators.set(indicatorAt(replacement.id()), replacement);
    return this;
  }

  /**
   * Removes an indicator.
   *
   * @param indicatorId the indicator's id
   * @return this builder
   * @throws IllegalArgumentException if this node has no indicator with that id
   */
  public CriterionBuilder removeIndicator(String indicatorId) {
    indicators.remove(indicatorAt(indicatorId));
    return this;
  }

  private int indicatorAt(String indicatorId) {
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).id().equals(indicatorId)) {
        return i;
      }
    }
    throw new InvalidValueException(RubricMessages.noSuchIndicatorIn(id, indicatorId));
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
