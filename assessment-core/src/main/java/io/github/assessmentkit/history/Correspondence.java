package io.github.assessmentkit.history;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.HistoryMessages;
import io.github.assessmentkit.rubric.RubricRef;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which nodes of an older rubric version compare with which nodes of a newer one: older criterion
 * id to newer criterion id. A node left out does not compare, and a {@link History} shows a break
 * in its series where the version changes. The migration package makes one from a declared mapping
 * ({@code MigrationMapping.correspondence(older, newer)}: kept and renamed nodes compare, merged,
 * split and dropped ones do not); one can also be written by hand.
 *
 * <pre>{@code
 * Correspondence c = Correspondence.of(v1.ref(), v2.ref(),
 *     Map.of("coop-governance", "coop-governance", "G1", "G1", "G3.6", "G3.7"));
 * }</pre>
 *
 * @param from the older version
 * @param to the newer version
 * @param nodes older id to newer id, each newer id named once; sorted by older id
 */
public record Correspondence(RubricRef from, RubricRef to, Map<String, String> nodes) {
  /**
   * Creates the value, checking its components.
   *
   * @param from the older version
   * @param to the newer version
   * @param nodes older id to newer id
   * @throws io.github.assessmentkit.MissingValueException if a component is null
   * @throws InvalidValueException if the two versions are the same, an id is blank or a newer id is
   *     named twice
   */
  public Correspondence {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(nodes, "nodes");
    if (from.equals(to)) {
      throw new InvalidValueException(HistoryMessages.sameVersions(from.toString()));
    }
    Set<String> newer = new HashSet<>();
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : nodes.entrySet()) {
      String older = Checks.notBlank(e.getKey(), "nodes");
      String target = Checks.notBlank(e.getValue(), "nodes");
      if (!newer.add(target)) {
        throw new InvalidValueException(HistoryMessages.comparedTwice(target));
      }
      copy.put(older, target);
    }
    nodes = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Makes a correspondence.
   *
   * @param from the older version
   * @param to the newer version
   * @param nodes older id to newer id
   * @return the correspondence
   */
  public static Correspondence of(RubricRef from, RubricRef to, Map<String, String> nodes) {
    return new Correspondence(from, to, nodes);
  }

  /**
   * Finds the newer node an older one compares with.
   *
   * @param olderId the older node
   * @return the newer node, or empty when it does not compare
   */
  public Optional<String> newer(String olderId) {
    return Optional.ofNullable(nodes.get(olderId));
  }

  /**
   * Finds the older node a newer one compares with.
   *
   * @param newerId the newer node
   * @return the older node, or empty when it does not compare
   */
  public Optional<String> older(String newerId) {
    for (Map.Entry<String, String> e : nodes.entrySet()) {
      if (e.getValue().equals(newerId)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
