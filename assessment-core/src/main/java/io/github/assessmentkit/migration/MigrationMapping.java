package io.github.assessmentkit.migration;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.history.Correspondence;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.MigrationMessages;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the ratings of one version of a rubric become ratings of another: a list of declared steps
 * (rename, merge, split, drop); an indicator whose id both versions have is kept without a step.
 * Each older id is the source of at most one step, each newer id the target of at most one.
 * Immutable.
 *
 * <pre>{@code
 * MigrationMapping mapping = MigrationMapping.between(RubricRef.parse("cqa@2025.1"),
 *         RubricRef.parse("cqa@2026.1"))
 *     .rename("2.3", "2.4")
 *     .merge("4.1", MergeRule.LOWEST, "4.1", "4.2")
 *     .split("5.1", "5.1a", "5.1b")
 *     .drop("6.9")
 *     .build();
 * }</pre>
 *
 * @param from the older version
 * @param to the newer version
 * @param steps the declared steps, in order
 */
public record MigrationMapping(RubricRef from, RubricRef to, List<MappingStep> steps) {
  /**
   * Creates the value, checking its components.
   *
   * @param from the older version
   * @param to the newer version
   * @param steps the declared steps
   * @throws IllegalArgumentException naming the id, if an older id is the source of two steps or a
   *     newer id the target of two
   */
  public MigrationMapping {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    steps = Checks.copy(steps, "steps");
    Set<String> sources = new HashSet<>();
    Set<String> targets = new HashSet<>();
    for (MappingStep s : steps) {
      for (String id : s.sources()) {
        if (!sources.add(id)) {
          throw new InvalidValueException(MigrationMessages.namedTwice(id));
        }
      }
      for (String id : s.targets()) {
        if (!targets.add(id)) {
          throw new InvalidValueException(MigrationMessages.namedTwice(id));
        }
      }
    }
  }

  /**
   * Starts a mapping.
   *
   * @param from the older version
   * @param to the newer version
   * @return a builder with no steps
   */
  public static Builder between(RubricRef from, RubricRef to) {
    return new Builder(Checks.notNull(from, "from"), Checks.notNull(to, "to"));
  }

  /**
   * {@return the indicators the diff removes (a new id is a removal and an addition) that no step
   * reads: neither mapped nor dropped, in the diff's order; empty when the mapping covers the diff}
   *
   * @param diff the differences between the two versions
   */
  public List<String> unmapped(RubricDiff diff) {
    Checks.notNull(diff, "diff");
    Set<String> read = new HashSet<>();
    for (MappingStep s : steps) {
      read.addAll(s.sources());
    }
    List<String> left = new ArrayList<>();
    for (RubricChange c : diff.changes()) {
      String removed = c.accept(RemovedIndicator.INSTANCE);
      if (removed != null && !read.contains(removed)) {
        left.add(removed);
      }
    }
    return List.copyOf(left);
  }

  /**
   * Checks that the mapping covers a diff.
   *
   * @param diff the differences between the two versions
   * @throws IllegalArgumentException listing every removed indicator neither mapped nor dropped
   */
  public void requireCovers(RubricDiff diff) {
    List<String> left = unmapped(diff);
    if (!left.isEmpty()) {
      throw new InvalidValueException(
          MigrationMessages.unmapped(left, diff.from().toString(), diff.to().toString()));
    }
  }

  /**
   * Tells which nodes of the two versions compare, for a {@link Correspondence} a {@link
   * io.github.assessmentkit.history.History} reads: the total (the rubric's id), a criterion kept
   * under the same id that no step names, and a criterion renamed by a step, when the newer version
   * has the id. A criterion that a merge, split or drop names does not compare: its percent is no
   * longer of the same thing, and the history shows a break. Steps name indicators; a criterion
   * counts as named when a step names its id (as in sets whose leaf criteria share their
   * indicators' ids).
   *
   * <pre>{@code
   * History.builder(rules).rubric(v1).rubric(v2)
   *     .correspondence(mapping.correspondence(v1, v2))
   *     .scorecards(cards).build();
   * }</pre>
   *
   * @param older the older version, this mapping's {@code from}
   * @param newer the newer version, this mapping's {@code to}
   * @return older id to newer id, for every node that compares
   * @throws InvalidValueException if a rubric is not the mapping's version
   */
  public Correspondence correspondence(Rubric older, Rubric newer) {
    Checks.notNull(older, "older");
    Checks.notNull(newer, "newer");
    if (!older.ref().equals(from)) {
      throw new InvalidValueException(
          MigrationMessages.wrongRubric(from.toString(), older.ref().toString()));
    }
    if (!newer.ref().equals(to)) {
      throw new InvalidValueException(
          MigrationMessages.wrongRubric(to.toString(), newer.ref().toString()));
    }
    Set<String> newerIds = new HashSet<>();
    newerIds.add(newer.id());
    newer.criteria().forEach(c -> ids(c, newerIds));
    Set<String> olderIds = new LinkedHashSet<>();
    olderIds.add(older.id());
    older.criteria().forEach(c -> ids(c, olderIds));
    Map<String, String> renamed = new HashMap<>();
    Set<String> named = new HashSet<>();
    for (MappingStep s : steps) {
      named.addAll(s.sources());
      named.addAll(s.targets());
      s.accept(
          new MappingStep.Visitor<Void>() {
            @Override
            public @Nullable Void visitRename(MappingStep.Rename r) {
              renamed.put(r.from(), r.to());
              return null;
            }

            @Override
            public @Nullable Void visitMerge(MappingStep.Merge m) {
              return null;
            }

            @Override
            public @Nullable Void visitSplit(MappingStep.Split p) {
              return null;
            }

            @Override
            public @Nullable Void visitDrop(MappingStep.Drop d) {
              return null;
            }
          });
    }
    Map<String, String> nodes = new LinkedHashMap<>();
    for (String id : olderIds) {
      String target = renamed.containsKey(id) ? renamed.get(id) : named.contains(id) ? null : id;
      if (target != null && newerIds.contains(target)) {
        nodes.put(id, target);
      }
    }
    return Correspondence.of(from, to, nodes);
  }

  private static void ids(Criterion c, Set<String> into) {
    into.add(c.id());
    c.children().forEach(k -> ids(k, into));
  }

  /** Builds a {@link MigrationMapping}. Not thread-safe. */
  public static final class Builder {
    private final RubricRef from;
    private final RubricRef to;
    private final List<MappingStep> steps = new ArrayList<>();

    private Builder(RubricRef from, RubricRef to) {
      this.from = from;
      this.to = to;
    }

    /**
     * Carries an older indicator's rating to a newer indicator with another id.
     *
     * @param fromId the older id
     * @param toId the newer id
     * @return this builder
     */
    public Builder rename(String fromId, String toId) {
      steps.add(new MappingStep.Rename(fromId, toId));
      return this;
    }

    /**
     * Merges the ratings of several older indicators into one newer indicator.
     *
     * @param toId the newer id
     * @param rule how their values become one
     * @param fromIds the older ids, two or more
     * @return this builder
     */
    public Builder merge(String toId, MergeRule rule, String... fromIds) {
      steps.add(new MappingStep.Merge(List.of(fromIds), toId, rule));
      return this;
    }

    /**
     * Carries one older indicator's rating to each of several newer indicators.
     *
     * @param fromId the older id
     * @param toIds the newer ids, two or more
     * @return this builder
     */
    public Builder split(String fromId, String... toIds) {
      steps.add(new MappingStep.Split(fromId, List.of(toIds)));
      return this;
    }

    /**
     * Carries nothing from an older indicator; the report lists it as dropped.
     *
     * @param fromId the older id
     * @return this builder
     */
    public Builder drop(String fromId) {
      steps.add(new MappingStep.Drop(fromId));
      return this;
    }

    /**
     * {@return the mapping}
     *
     * @throws IllegalArgumentException if an id is named by two steps on the same side
     */
    public MigrationMapping build() {
      return new MigrationMapping(from, to, steps);
    }
  }
}
