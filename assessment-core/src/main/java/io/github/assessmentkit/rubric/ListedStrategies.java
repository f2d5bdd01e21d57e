package io.github.assessmentkit.rubric;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The strategy ids of a list, or any id. Immutable. */
final class ListedStrategies implements KnownStrategies {
  static final ListedStrategies STANDARD =
      new ListedStrategies(
          Collections.unmodifiableSet(
              new LinkedHashSet<>(
                  List.of(
                      "holistic-band",
                      "points-sum",
                      "weighted-mean",
                      "checklist-fraction",
                      "maturity",
                      "weakest-link",
                      "all-or-nothing"))));
  static final ListedStrategies ANY = new ListedStrategies(null);

  private final @Nullable Set<String> ids;

  ListedStrategies(@Nullable Set<String> ids) {
    this.ids = ids;
  }

  @Override
  public boolean knows(String strategyId) {
    return ids == null || ids.contains(strategyId);
  }

  @Override
  public Set<String> ids() {
    return ids == null ? Set.of() : ids;
  }

  @Override
  public String toString() {
    return ids == null ? "any strategy" : ids.toString();
  }
}
