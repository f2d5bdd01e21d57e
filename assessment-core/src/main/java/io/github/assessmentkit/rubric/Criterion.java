package io.github.assessmentkit.rubric;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A node of a rubric's tree: a category, an item or an area, of any depth. A node has children
 * (sub-criteria), indicators, or both; a node without children is a leaf and needs indicators. Its
 * share of the parent's points is given either as fixed {@code points} or as a relative {@code
 * weight}; siblings use one or the other.
 *
 * <p>The parts of a criterion are its indicators followed by its scored children, and they share
 * its points by weight: an indicator by its weight, a child by its points or its weight. When the
 * children of a criterion that also holds indicators carry fixed points, the indicators' weights
 * count as their points, and the children's points and the indicators' weights add up to the
 * criterion's points, so that every part gets what it declares.
 *
 * <p>A weight or points of 0 marks a part that is assessed and reported but not counted. The parts
 * of a criterion that has points to share may not all weigh 0.
 *
 * <p>A criterion may declare its own {@link ScoringPolicies scoring policies}; they hold for its
 * whole subtree unless a descendant declares its own, and what it leaves undeclared comes from its
 * ancestors or the rubric ({@link Rubric#policiesOf(String)}).
 *
 * <pre>{@code
 * Criterion leadership = Criterion.builder("1", Text.of("การนำองค์กร", "Leadership"))
 *     .kind(CriterionKind.PROCESS).points(115)
 *     .child("1.1", Text.en("Senior leadership"), c -> c.points(65).indicator(item11))
 *     .child("1.2", Text.en("Governance"), c -> c.points(50).indicator(item12))
 *     .build();
 * }</pre>
 *
 * @param id unique among the rubric's criteria
 * @param title the criterion's name
 * @param kind what it asks about
 * @param points fixed points with at most two decimal places, zero or more, or {@code null} when
 *     the node uses a weight
 * @param weight relative weight among siblings, zero or more, or {@code null} when the node has
 *     fixed points
 * @param strategy the id of the scoring strategy for this node, or {@code null} for the rubric's
 *     default
 * @param areas areas to address (guidance; not scored on their own)
 * @param children sub-criteria
 * @param indicators what is rated at this node
 * @param policies the scoring policies this node declares for its subtree; {@link
 *     ScoringPolicies#INHERIT} when it declares none
 * @param extensions fields from a newer format, kept as they came
 */
public record Criterion(
    String id,
    Text title,
    CriterionKind kind,
    @Nullable BigDecimal points,
    @Nullable BigDecimal weight,
    @Nullable String strategy,
    List<Area> areas,
    List<Criterion> children,
    List<Indicator> indicators,
    ScoringPolicies policies,
    Extensions extensions) {
  /**
   * Creates the value, checking its components.
   *
   * @param id unique among the rubric's criteria
   * @param title the criterion's name
   * @param kind what it asks about
   * @param points fixed points with at most two decimal places, zero or more, or {@code null} when
   *     the node uses a weight
   * @param weight relative weight among siblings, zero or more, or {@code null} when the node has
   *     fixed points
   * @param strategy the id of the scoring strategy for this node, or {@code null} for the rubric's
   *     default
   * @param areas areas to address (guidance; not scored on their own)
   * @param children sub-criteria
   * @param indicators what is rated at this node
   * @param policies the scoring policies this node declares for its subtree; {@link
   *     ScoringPolicies#INHERIT} when it declares none
   * @param extensions fields from a newer format, kept as they came
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Criterion {
    Checks.notBlank(id, "id");
    Checks.notNull(title, "title");
    Checks.notNull(kind, "kind");
    if (points != null) {
      Checks.points(points, "points", id);
    }
    if (weight != null) {
      Checks.nonNegative(weight, "weight", id);
    }
    if (points != null && weight != null) {
      throw new InvalidValueException(RubricMessages.pointsAndWeight(id));
    }
    if (strategy != null) {
      Checks.notBlank(strategy, "strategy");
    }
    areas = Checks.copy(areas, "areas");
    children = Checks.copy(children, "children");
    indicators = Checks.copy(indicators, "indicators");
    Checks.notNull(policies, "policies");
    Checks.notNull(extensions, "extensions");
  }

  /**
   * Starts a criterion.
   *
   * @param id the id
   * @param title the name
   * @return a builder
   */
  public static CriterionBuilder builder(String id, Text title) {
    return new CriterionBuilder(id, title);
  }

  /**
   * Starts a builder holding a copy of this criterion, to derive a changed one.
   *
   * @return a builder
   */
  public CriterionBuilder toBuilder() {
    return CriterionBuilder.from(this);
  }

  /**
   * Derives a changed copy.
   *
   * @param change what to change on a builder holding this criterion
   * @return the changed copy
   */
  public Criterion with(Consumer<CriterionBuilder> change) {
    CriterionBuilder b = toBuilder();
    change.accept(b);
    return b.build();
  }

  /** {@return whether this node has no children (it may hold indicators all the same)} */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /**
   * Finds a criterion by id in this subtree, this node included.
   *
   * @param wanted the id
   * @return the criterion, or empty
   */
  public Optional<Criterion> find(String wanted) {
    if (id.equals(wanted)) {
      return Optional.of(this);
    }
    for (Criterion child : children) {
      Optional<Criterion> found = child.find(wanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
