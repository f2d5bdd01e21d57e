package io.github.assessmentkit.rubric.diff;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.DiffMessages;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two rubrics, with both values: what the older rubric had and what the
 * newer one has. Each kind is a record; {@link #describe()} says it in Thai and English, for
 * example {@code "criterion '7.5' weight: 90 → 100"}. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (RubricChange change : diff.changes()) {
 *   if (change instanceof RubricChange.WeightChanged w) {
 *     System.out.println(w.id() + ": " + w.before() + " → " + w.after());
 *   }
 * }
 * }</pre>
 */
public sealed interface RubricChange {
  /**
   * {@return the id of what changed: a criterion's, an indicator's, a ladder's or an award scheme's
   * id, or the name of the rubric's property}
   */
  String target();

  /** {@return the change in Thai and English, with both values} */
  Text describe();

  /**
   * Works on each kind of RubricChange in its own method: a new kind fails to compile until every
   * visitor handles it.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Visits the change {@link CriterionAdded}.
     *
     * @param change the CriterionAdded
     * @return the result
     */
    R visitCriterionAdded(CriterionAdded change);

    /**
     * Visits the change {@link CriterionRemoved}.
     *
     * @param change the CriterionRemoved
     * @return the result
     */
    R visitCriterionRemoved(CriterionRemoved change);

    /**
     * Visits the change {@link IndicatorAdded}.
     *
     * @param change the IndicatorAdded
     * @return the result
     */
    R visitIndicatorAdded(IndicatorAdded change);

    /**
     * Visits the change {@link IndicatorRemoved}.
     *
     * @param change the IndicatorRemoved
     * @return the result
     */
    R visitIndicatorRemoved(IndicatorRemoved change);

    /**
     * Visits the change {@link Renamed}.
     *
     * @param change the Renamed
     * @return the result
     */
    R visitRenamed(Renamed change);

    /**
     * Visits the change {@link Moved}.
     *
     * @param change the Moved
     * @return the result
     */
    R visitMoved(Moved change);

    /**
     * Visits the change {@link PointsChanged}.
     *
     * @param change the PointsChanged
     * @return the result
     */
    R visitPointsChanged(PointsChanged change);

    /**
     * Visits the change {@link WeightChanged}.
     *
     * @param change the WeightChanged
     * @return the result
     */
    R visitWeightChanged(WeightChanged change);

    /**
     * Visits the change {@link StrategyChanged}.
     *
     * @param change the StrategyChanged
     * @return the result
     */
    R visitStrategyChanged(StrategyChanged change);

    /**
     * Visits the change {@link ScaleChanged}.
     *
     * @param change the ScaleChanged
     * @return the result
     */
    R visitScaleChanged(ScaleChanged change);

    /**
     * Visits the change {@link AreaChanged}.
     *
     * @param change the AreaChanged
     * @return the result
     */
    R visitAreaChanged(AreaChanged change);

    /**
     * Visits the change {@link LadderChanged}.
     *
     * @param change the LadderChanged
     * @return the result
     */
    R visitLadderChanged(LadderChanged change);

    /**
     * Visits the change {@link AwardChanged}.
     *
     * @param change the AwardChanged
     * @return the result
     */
    R visitAwardChanged(AwardChanged change);

    /**
     * Visits the change {@link ProvenanceChanged}.
     *
     * @param change the ProvenanceChanged
     * @return the result
     */
    R visitProvenanceChanged(ProvenanceChanged change);

    /**
     * Visits the change {@link NodeSettingChanged}.
     *
     * @param change the NodeSettingChanged
     * @return the result
     */
    R visitNodeSettingChanged(NodeSettingChanged change);

    /**
     * Visits the change {@link RubricSettingChanged}.
     *
     * @param change the RubricSettingChanged
     * @return the result
     */
    R visitRubricSettingChanged(RubricSettingChanged change);
  }

  /**
   * Dispatches to the visitor's method for this kind.
   *
   * @param <R> the result type
   * @param visitor the visitor
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * A criterion the newer rubric has and the older did not. Its own definition comes with it; each
   * of its sub-criteria and indicators new to the rubric is a change of its own.
   *
   * @param parentId the criterion it is under, or null at the top
   * @param criterion the criterion added
   */
  record CriterionAdded(@Nullable String parentId, Criterion criterion) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCriterionAdded(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param parentId the criterion it is under, or null at the top
     * @param criterion the criterion added
     */
    public CriterionAdded {
      Checks.notNull(criterion, "criterion");
    }

    @Override
    public String target() {
      return criterion.id();
    }

    @Override
    public Text describe() {
      return DiffMessages.added(true, criterion.id(), parentId, criterion.title());
    }
  }

  /**
   * A criterion the older rubric had and the newer does not.
   *
   * @param parentId the criterion it was under, or null at the top
   * @param criterion the criterion removed, as the older rubric had it
   */
  record CriterionRemoved(@Nullable String parentId, Criterion criterion) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCriterionRemoved(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param parentId the criterion it was under, or null at the top
     * @param criterion the criterion removed
     */
    public CriterionRemoved {
      Checks.notNull(criterion, "criterion");
    }

    @Override
    public String target() {
      return criterion.id();
    }

    @Override
    public Text describe() {
      return DiffMessages.removed(true, criterion.id(), parentId, criterion.title());
    }
  }

  /**
   * An indicator the newer rubric has and the older did not.
   *
   * @param criterionId the criterion it is under
   * @param indicator the indicator added
   */
  record IndicatorAdded(String criterionId, Indicator indicator) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIndicatorAdded(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param criterionId the criterion it is under
     * @param indicator the indicator added
     */
    public IndicatorAdded {
      Checks.notBlank(criterionId, "criterionId");
      Checks.notNull(indicator, "indicator");
    }

    @Override
    public String target() {
      return indicator.id();
    }

    @Override
    public Text describe() {
      return DiffMessages.added(false, indicator.id(), criterionId, indicator.text());
    }
  }

  /**
   * An indicator the older rubric had and the newer does not.
   *
   * @param criterionId the criterion it was under
   * @param indicator the indicator removed, as the older rubric had it
   */
  record IndicatorRemoved(String criterionId, Indicator indicator) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIndicatorRemoved(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param criterionId the criterion it was under
     * @param indicator the indicator removed
     */
    public IndicatorRemoved {
      Checks.notBlank(criterionId, "criterionId");
      Checks.notNull(indicator, "indicator");
    }

    @Override
    public String target() {
      return indicator.id();
    }

    @Override
    public Text describe() {
      return DiffMessages.removed(false, indicator.id(), criterionId, indicator.text());
    }
  }

  /**
   * A criterion whose title, or an indicator whose question, changed.
   *
   * @param node criterion or indicator
   * @param id its id
   * @param before the older title
   * @param after the newer title
   */
  record Renamed(NodeKind node, String id, Text before, Text after) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRenamed(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param node criterion or indicator
     * @param id its id
     * @param before the older title
     * @param after the newer title
     */
    public Renamed {
      Checks.notNull(node, "node");
      Checks.notBlank(id, "id");
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      return DiffMessages.renamed(node == NodeKind.CRITERION, id, before, after);
    }
  }

  /**
   * A criterion or an indicator now under another criterion.
   *
   * @param node criterion or indicator
   * @param id its id
   * @param before the older parent, or null at the top
   * @param after the newer parent, or null at the top
   */
  record Moved(NodeKind node, String id, @Nullable String before, @Nullable String after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMoved(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param node criterion or indicator
     * @param id its id
     * @param before the older parent, or null at the top
     * @param after the newer parent, or null at the top
     */
    public Moved {
      Checks.notNull(node, "node");
      Checks.notBlank(id, "id");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      return DiffMessages.moved(node == NodeKind.CRITERION, id, before, after);
    }
  }

  /**
   * A criterion whose fixed points changed (null: it has none, and takes a share by weight).
   *
   * @param id the criterion
   * @param before the older points, or null
   * @param after the newer points, or null
   */
  record PointsChanged(String id, @Nullable BigDecimal before, @Nullable BigDecimal after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPointsChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param id the criterion
     * @param before the older points, or null
     * @param after the newer points, or null
     */
    public PointsChanged {
      Checks.notBlank(id, "id");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      return DiffMessages.points(id, before, after);
    }
  }

  /**
   * A criterion or an indicator whose weight changed (null: a criterion with none).
   *
   * @param node criterion or indicator
   * @param id its id
   * @param before the older weight, or null
   * @param after the newer weight, or null
   */
  record WeightChanged(
      NodeKind node, String id, @Nullable BigDecimal before, @Nullable BigDecimal after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWeightChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param node criterion or indicator
     * @param id its id
     * @param before the older weight, or null
     * @param after the newer weight, or null
     */
    public WeightChanged {
      Checks.notNull(node, "node");
      Checks.notBlank(id, "id");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      return DiffMessages.weight(node == NodeKind.CRITERION, id, before, after);
    }
  }

  /**
   * A criterion scored by another strategy (null: the rubric's default).
   *
   * @param id the criterion
   * @param before the older strategy id, or null
   * @param after the newer strategy id, or null
   */
  record StrategyChanged(String id, @Nullable String before, @Nullable String after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitStrategyChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param id the criterion
     * @param before the older strategy id, or null
     * @param after the newer strategy id, or null
     */
    public StrategyChanged {
      Checks.notBlank(id, "id");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      return DiffMessages.strategy(id, before, after);
    }
  }

  /**
   * An indicator rated on another scale.
   *
   * @param id the indicator
   * @param before the older scale
   * @param after the newer scale
   * @param how how it changed: its type, the values added and removed, or a setting
   */
  record ScaleChanged(String id, Scale before, Scale after, Text how) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitScaleChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param id the indicator
     * @param before the older scale
     * @param after the newer scale
     * @param how how it changed
     */
    public ScaleChanged {
      Checks.notBlank(id, "id");
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
      Checks.notNull(how, "how");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      return DiffMessages.scale(id, how);
    }
  }

  /**
   * An area to address the newer rubric's criterion has and the older one's did not, or had with
   * other words: {@code before} is null when it was added, {@code after} when it was removed.
   *
   * @param criterionId the criterion
   * @param areaId the area
   * @param before the older area, or null
   * @param after the newer area, or null
   */
  record AreaChanged(String criterionId, String areaId, @Nullable Area before, @Nullable Area after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAreaChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param criterionId the criterion
     * @param areaId the area
     * @param before the older area, or null when added
     * @param after the newer area, or null when removed
     * @throws IllegalArgumentException if both are null
     */
    public AreaChanged {
      Checks.notBlank(criterionId, "criterionId");
      Checks.notBlank(areaId, "areaId");
      Checks.notNull(before == null ? after : before, "before");
    }

    @Override
    public String target() {
      return criterionId;
    }

    @Override
    public Text describe() {
      if (before == null) {
        return DiffMessages.areaAdded(criterionId, areaId, after.text());
      }
      if (after == null) {
        return DiffMessages.areaRemoved(criterionId, areaId, before.text());
      }
      return DiffMessages.areaReworded(criterionId, areaId, before.text(), after.text());
    }
  }

  /**
   * A ladder added ({@code before} null), removed ({@code after} null) or with other rules.
   *
   * @param id the ladder
   * @param before the older ladder, or null
   * @param after the newer ladder, or null
   */
  record LadderChanged(String id, @Nullable Ladder before, @Nullable Ladder after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLadderChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param id the ladder
     * @param before the older ladder, or null when added
     * @param after the newer ladder, or null when removed
     */
    public LadderChanged {
      Checks.notBlank(id, "id");
      Checks.notNull(before == null ? after : before, "before");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      Ladder shown = after == null ? before : after;
      return DiffMessages.rule("ladder", id, shown.title(), before == null, after == null);
    }
  }

  /**
   * An award scheme added ({@code before} null), removed ({@code after} null) or with other rules.
   *
   * @param id the scheme
   * @param before the older scheme, or null
   * @param after the newer scheme, or null
   */
  record AwardChanged(String id, @Nullable AwardScheme before, @Nullable AwardScheme after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAwardChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param id the scheme
     * @param before the older scheme, or null when added
     * @param after the newer scheme, or null when removed
     */
    public AwardChanged {
      Checks.notBlank(id, "id");
      Checks.notNull(before == null ? after : before, "before");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      AwardScheme shown = after == null ? before : after;
      return DiffMessages.rule("award", id, shown.title(), before == null, after == null);
    }
  }

  /**
   * The rubric's provenance changed: its source, whether it is verified, or its note.
   *
   * @param before the older provenance
   * @param after the newer provenance
   */
  record ProvenanceChanged(Provenance before, Provenance after) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitProvenanceChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param before the older provenance
     * @param after the newer provenance
     */
    public ProvenanceChanged {
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
    }

    @Override
    public String target() {
      return "provenance";
    }

    @Override
    public Text describe() {
      return DiffMessages.provenance(shown(before), shown(after));
    }

    private static Text shown(Provenance p) {
      return DiffMessages.provenanceShown(p.source(), p.verified(), p.note());
    }
  }

  /**
   * A setting of a criterion or an indicator other than those above changed: a criterion's kind,
   * policies or extensions; an indicator's evidence rule, whether it may be not applicable, or its
   * extensions. Values are as the model writes them ({@code toString}).
   *
   * @param node criterion or indicator
   * @param id its id
   * @param property the setting: {@code kind}, {@code policies}, {@code extensions}, {@code
   *     evidenceRequired} or {@code notApplicableAllowed}
   * @param before the older value
   * @param after the newer value
   */
  record NodeSettingChanged(NodeKind node, String id, String property, String before, String after)
      implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNodeSettingChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param node criterion or indicator
     * @param id its id
     * @param property the setting
     * @param before the older value
     * @param after the newer value
     */
    public NodeSettingChanged {
      Checks.notNull(node, "node");
      Checks.notBlank(id, "id");
      Checks.notBlank(property, "property");
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
    }

    @Override
    public String target() {
      return id;
    }

    @Override
    public Text describe() {
      return DiffMessages.nodeProperty(node == NodeKind.CRITERION, id, property, before, after);
    }
  }

  /**
   * A property of the rubric itself changed: {@code id}, {@code version}, {@code edition}, {@code
   * title}, {@code totalPoints}, {@code defaultStrategy}, {@code resultScale}, {@code policies},
   * {@code evidenceValidity}, {@code capsByWeakestDimension}, {@code requiresEveryDimension},
   * {@code ratingRules} or {@code extensions}. Values are texts: the title as it is, the others as
   * the model writes them, the same in both languages.
   *
   * @param property the property
   * @param before the older value
   * @param after the newer value
   */
  record RubricSettingChanged(String property, Text before, Text after) implements RubricChange {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRubricSettingChanged(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param property the property
     * @param before the older value
     * @param after the newer value
     */
    public RubricSettingChanged {
      Checks.notBlank(property, "property");
      Checks.notNull(before, "before");
      Checks.notNull(after, "after");
    }

    @Override
    public String target() {
      return property;
    }

    @Override
    public Text describe() {
      return DiffMessages.rubricProperty(property, before, after);
    }
  }
}
