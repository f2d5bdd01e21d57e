package io.github.assessmentkit.migration;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.MigrationMessages;
import java.util.List;

/**
 * One declared step of a {@link MigrationMapping}: how the ratings of indicators of the older
 * version become ratings of the newer one. An indicator whose id both versions have is kept without
 * a step.
 */
public sealed interface MappingStep {
  /** {@return the ids of the older version this step reads} */
  List<String> sources();

  /** {@return the ids of the newer version this step writes; empty for a drop} */
  List<String> targets();

  /**
   * Works on each kind of MappingStep in its own method: a new kind fails to compile until every
   * visitor handles it.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Visits the step {@link Rename}.
     *
     * @param change the Rename
     * @return the result
     */
    R visitRename(Rename change);

    /**
     * Visits the step {@link Merge}.
     *
     * @param change the Merge
     * @return the result
     */
    R visitMerge(Merge change);

    /**
     * Visits the step {@link Split}.
     *
     * @param change the Split
     * @return the result
     */
    R visitSplit(Split change);

    /**
     * Visits the step {@link Drop}.
     *
     * @param change the Drop
     * @return the result
     */
    R visitDrop(Drop change);
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
   * The rating of an older indicator becomes that of a newer one with another id.
   *
   * @param from the older id
   * @param to the newer id
   */
  record Rename(String from, String to) implements MappingStep {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRename(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param from the older id
     * @param to the newer id
     */
    public Rename {
      Ids.check(from, "from");
      Ids.check(to, "to");
    }

    @Override
    public List<String> sources() {
      return List.of(from);
    }

    @Override
    public List<String> targets() {
      return List.of(to);
    }
  }

  /**
   * The ratings of several older indicators become one rating of a newer one, by a rule.
   *
   * @param from the older ids, two or more
   * @param to the newer id
   * @param rule how their values become one
   */
  record Merge(List<String> from, String to, MergeRule rule) implements MappingStep {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMerge(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param from the older ids, two or more
     * @param to the newer id
     * @param rule how their values become one
     * @throws IllegalArgumentException if fewer than two older ids are given
     */
    public Merge {
      from = Ids.check(from, "from");
      if (from.size() < 2) {
        throw new InvalidValueException(MigrationMessages.mergeNeedsTwo(from.size()));
      }
      Ids.check(to, "to");
      Checks.notNull(rule, "rule");
    }

    @Override
    public List<String> sources() {
      return from;
    }

    @Override
    public List<String> targets() {
      return List.of(to);
    }
  }

  /**
   * The rating of one older indicator is carried to each of several newer ones.
   *
   * @param from the older id
   * @param to the newer ids, two or more
   */
  record Split(String from, List<String> to) implements MappingStep {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSplit(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param from the older id
     * @param to the newer ids, two or more
     * @throws IllegalArgumentException if fewer than two newer ids are given
     */
    public Split {
      Ids.check(from, "from");
      to = Ids.check(to, "to");
      if (to.size() < 2) {
        throw new InvalidValueException(MigrationMessages.splitNeedsTwo(to.size()));
      }
    }

    @Override
    public List<String> sources() {
      return List.of(from);
    }

    @Override
    public List<String> targets() {
      return to;
    }
  }

  /**
   * The rating of an older indicator is not carried; the report lists it as dropped.
   *
   * @param from the older id
   */
  record Drop(String from) implements MappingStep {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDrop(this);
    }

    /**
     * Creates the value, checking its components.
     *
     * @param from the older id
     */
    public Drop {
      Ids.check(from, "from");
    }

    @Override
    public List<String> sources() {
      return List.of(from);
    }

    @Override
    public List<String> targets() {
      return List.of();
    }
  }
}
