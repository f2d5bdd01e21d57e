package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;

import io.github.assessmentkit.json.internal.AwardRuleDocs.AwardDoc;
import io.github.assessmentkit.json.internal.AwardRuleDocs.LadderDoc;
import io.github.assessmentkit.json.internal.CommonDocs.ProvenanceDoc;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.json.internal.RubricDocs.AreaDoc;
import io.github.assessmentkit.json.internal.RubricDocs.CriterionDoc;
import io.github.assessmentkit.json.internal.RubricDocs.IndicatorDoc;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.diff.NodeKind;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records a rubric-diff document is read into, with their Jakarta constraints, and how each
 * becomes the model. Each change kind has a record whose components are named as its JSON
 * properties, so that a constraint's path is the property's JSON Pointer; criteria, indicators,
 * areas, scales, ladders, award schemes and provenance are the rubric document's own records
 * ({@link RubricDocs}, {@link AwardRuleDocs}, {@link ScaleCodec.Doc}, {@link CommonDocs}), with
 * their constraints. {@link RubricDiffReader} fills them in.
 */
final class RubricDiffDocs {
  private RubricDiffDocs() {}

  /**
   * A whole diff.
   *
   * @param from the older rubric
   * @param to the newer rubric
   * @param changes the changes, null where unreadable
   */
  record DiffDoc(
      @NotNull(message = K.REQUIRED) @Nullable RubricRef from,
      @NotNull(message = K.REQUIRED) @Nullable RubricRef to,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable ChangeDoc> changes) {

    RubricDiff toModel() {
      List<RubricChange> out = new ArrayList<>();
      for (ChangeDoc c : present(changes)) {
        out.add(Located.at(c.at(), c::toModel));
      }
      return new RubricDiff(Objects.requireNonNull(from), Objects.requireNonNull(to), out);
    }
  }

  /** One change read from its object; {@link #toModel()} once its constraints hold. */
  interface ChangeDoc {
    /** {@return the change object's place} */
    Where at();

    /** {@return the change} */
    RubricChange toModel();
  }

  /** {@code criterion-added}, {@code criterion-removed}. */
  record CriterionNodeDoc(
      Where at,
      boolean removed,
      @Identifier @Nullable String parent,
      @NotNull(message = K.REQUIRED) @Valid @Nullable CriterionDoc criterion)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      Criterion c = Objects.requireNonNull(criterion).toModel();
      return removed
          ? new RubricChange.CriterionRemoved(parent, c)
          : new RubricChange.CriterionAdded(parent, c);
    }
  }

  /** {@code indicator-added}, {@code indicator-removed}. */
  record IndicatorNodeDoc(
      Where at,
      boolean removed,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String parent,
      @NotNull(message = K.REQUIRED) @Valid @Nullable IndicatorDoc indicator)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      IndicatorDoc doc = Objects.requireNonNull(indicator);
      Indicator i = Located.at(doc.at(), doc::toModel);
      String p = Objects.requireNonNull(parent);
      return removed
          ? new RubricChange.IndicatorRemoved(p, i)
          : new RubricChange.IndicatorAdded(p, i);
    }
  }

  /** {@code renamed}. */
  record RenamedDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable NodeKind node,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc before,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.Renamed(
          Objects.requireNonNull(node),
          Objects.requireNonNull(id),
          Objects.requireNonNull(before).toModel(),
          Objects.requireNonNull(after).toModel());
    }
  }

  /** {@code moved}. */
  record MovedDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable NodeKind node,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @Identifier @Nullable String before,
      @Identifier @Nullable String after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.Moved(
          Objects.requireNonNull(node), Objects.requireNonNull(id), before, after);
    }
  }

  /** {@code points-changed}. */
  record PointsDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @Nullable BigDecimal before,
      @Nullable BigDecimal after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.PointsChanged(Objects.requireNonNull(id), before, after);
    }
  }

  /** {@code weight-changed}. */
  record WeightDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable NodeKind node,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @Nullable BigDecimal before,
      @Nullable BigDecimal after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.WeightChanged(
          Objects.requireNonNull(node), Objects.requireNonNull(id), before, after);
    }
  }

  /** {@code strategy-changed}. */
  record StrategyDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @Identifier @Nullable String before,
      @Identifier @Nullable String after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.StrategyChanged(Objects.requireNonNull(id), before, after);
    }
  }

  /** {@code scale-changed}. */
  record ScaleDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Valid ScaleCodec.@Nullable Doc before,
      @NotNull(message = K.REQUIRED) @Valid ScaleCodec.@Nullable Doc after,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc how)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.ScaleChanged(
          Objects.requireNonNull(id),
          Objects.requireNonNull(before).toModel(),
          Objects.requireNonNull(after).toModel(),
          Objects.requireNonNull(how).toModel());
    }
  }

  /** {@code area-changed}: before, after or both. */
  record AreaChangeDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String criterion,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String area,
      @Valid @Nullable AreaDoc before,
      @Valid @Nullable AreaDoc after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.AreaChanged(
          Objects.requireNonNull(criterion),
          Objects.requireNonNull(area),
          area(before),
          area(after));
    }

    private static @Nullable Area area(@Nullable AreaDoc a) {
      return a == null
          ? null
          : new Area(Objects.requireNonNull(a.id()), Objects.requireNonNull(a.text()).toModel());
    }
  }

  /** {@code ladder-changed}: before, after or both. */
  record LadderChangeDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @Valid @Nullable LadderDoc before,
      @Valid @Nullable LadderDoc after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.LadderChanged(
          Objects.requireNonNull(id),
          before == null ? null : Located.at(before.at(), before::toModel),
          after == null ? null : Located.at(after.at(), after::toModel));
    }
  }

  /** {@code award-changed}: before, after or both. */
  record AwardChangeDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @Valid @Nullable AwardDoc before,
      @Valid @Nullable AwardDoc after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.AwardChanged(
          Objects.requireNonNull(id),
          before == null ? null : Located.at(before.at(), before::toModel),
          after == null ? null : Located.at(after.at(), after::toModel));
    }
  }

  /** {@code provenance-changed}. */
  record ProvenanceChangeDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc before,
      @NotNull(message = K.REQUIRED) @Valid @Nullable ProvenanceDoc after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.ProvenanceChanged(
          Objects.requireNonNull(before).toModel(), Objects.requireNonNull(after).toModel());
    }
  }

  /** {@code node-setting-changed}. */
  record NodeSettingDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable NodeKind node,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String property,
      @NotNull(message = K.REQUIRED) @Nullable String before,
      @NotNull(message = K.REQUIRED) @Nullable String after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.NodeSettingChanged(
          Objects.requireNonNull(node),
          Objects.requireNonNull(id),
          Objects.requireNonNull(property),
          Objects.requireNonNull(before),
          Objects.requireNonNull(after));
    }
  }

  /** {@code rubric-setting-changed}. */
  record RubricSettingDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String property,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc before,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc after)
      implements ChangeDoc {
    @Override
    public RubricChange toModel() {
      return new RubricChange.RubricSettingChanged(
          Objects.requireNonNull(property),
          Objects.requireNonNull(before).toModel(),
          Objects.requireNonNull(after).toModel());
    }
  }
}
