package io.github.assessmentkit.scoring.internal;

import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.NodeScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The nodes of a scored tree by id, for the decisions that read several criteria off one tree.
 * Finds what {@link NodeScore#find} finds (the first node with the id, parents first), walking the
 * tree once, at the first look-up. One instance per tree; not thread-safe.
 */
final class NodeIndex {
  private final NodeScore root;
  private @Nullable Map<String, NodeScore> byId;

  NodeIndex(NodeScore root) {
    this.root = root;
  }

  /**
   * An index whose lookups go through the plan's ids: no map is built per scorecard.
   *
   * @param root the root
   * @param positions each id's first position in {@code nodes}, parents first
   * @param nodes gives the node at a position, or null when there is none
   */
  NodeIndex(
      NodeScore root, Map<String, Integer> positions, IntFunction<@Nullable NodeScore> nodes) {
    this.root = root;
    this.positions = positions;
    this.nodes = nodes;
  }

  private @Nullable Map<String, Integer> positions;
  private @Nullable IntFunction<@Nullable NodeScore> nodes;

  /** {@return the root of the tree} */
  NodeScore root() {
    return root;
  }

  /**
   * Finds a node.
   *
   * @param nodeId the criterion's id
   * @return the first node with that id, parents first, or empty
   */
  Optional<NodeScore> find(String nodeId) {
    if (positions != null && nodes != null) {
      if (nodeId.equals(root.id())) {
        return Optional.of(root);
      }
      Integer at = positions.get(nodeId);
      return at == null ? Optional.empty() : Optional.ofNullable(nodes.apply(at));
    }
    Map<String, NodeScore> index = byId;
    if (index == null) {
      index = new HashMap<>();
      add(root, index);
      byId = index;
    }
    return Optional.ofNullable(index.get(nodeId));
  }

  private @Nullable Map<String, IndicatorScore> indicators;

  /**
   * Finds an indicator's line, walking the tree once at the first look-up.
   *
   * @param indicatorId the indicator's id
   * @return its line, the first with that id, parents first, or {@code null} when the tree has none
   */
  @Nullable IndicatorScore indicator(String indicatorId) {
    Map<String, IndicatorScore> index = indicators;
    if (index == null) {
      index = new HashMap<>();
      addIndicators(root, index);
      indicators = index;
    }
    return index.get(indicatorId);
  }

  private static void addIndicators(NodeScore node, Map<String, IndicatorScore> index) {
    List<IndicatorScore> lines = node.indicators();
    for (int i = 0; i < lines.size(); i++) {
      index.putIfAbsent(lines.get(i).indicatorId(), lines.get(i));
    }
    List<NodeScore> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      addIndicators(children.get(i), index);
    }
  }

  private static void add(NodeScore node, Map<String, NodeScore> index) {
    index.putIfAbsent(node.id(), node);
    List<NodeScore> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      add(children.get(i), index);
    }
  }
}
