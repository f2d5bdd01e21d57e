package io.github.assessmentkit.history;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.HistoryMessages;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link History}: the rubric versions its scorecards were scored against, the
 * correspondences between versions, and the scorecards (or assessments, scored with {@link
 * Scorer#standard()}) in any order. Not thread-safe; {@link #build()} makes an immutable history
 * and may be called again.
 */
public final class HistoryBuilder {
  private final HistoryRules rules;
  private final Map<RubricRef, Rubric> rubrics = new HashMap<>();
  private final Map<List<RubricRef>, Correspondence> links = new HashMap<>();
  private final List<Scorecard> cards = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();

  HistoryBuilder(HistoryRules rules) {
    this.rules = rules;
  }

  /**
   * Adds a rubric version the scorecards were scored against; its ladders and award schemes give
   * the order of rungs and tiers.
   *
   * @param rubric a version of the rules' rubric id
   * @return this builder
   * @throws InvalidValueException if the rubric has another id, or another rubric of the same
   *     version was added
   */
  public HistoryBuilder rubric(Rubric rubric) {
    Checks.notNull(rubric, "rubric");
    if (!rubric.id().equals(rules.rubricId())) {
      throw new InvalidValueException(
          HistoryMessages.otherRubric(rubric.ref().toString(), rules.rubricId()));
    }
    Rubric known = rubrics.putIfAbsent(rubric.ref(), rubric);
    if (known != null && !known.equals(rubric)) {
      throw new InvalidValueException(HistoryMessages.rubricTwice(rubric.ref().toString()));
    }
    return this;
  }

  /**
   * Declares which nodes compare across two versions; without one, every node breaks where the
   * version changes.
   *
   * @param correspondence the nodes that compare
   * @return this builder
   * @throws InvalidValueException if it is between versions of another rubric id, or one was
   *     declared for the same two versions
   */
  public HistoryBuilder correspondence(Correspondence correspondence) {
    Checks.notNull(correspondence, "correspondence");
    for (RubricRef r : List.of(correspondence.from(), correspondence.to())) {
      if (!r.id().equals(rules.rubricId())) {
        throw new InvalidValueException(
            HistoryMessages.otherRubric(r.toString(), rules.rubricId()));
      }
    }
    List<RubricRef> key = List.of(correspondence.from(), correspondence.to());
    if (links.putIfAbsent(key, correspondence) != null) {
      throw new InvalidValueException(
          HistoryMessages.correspondenceTwice(
              correspondence.from().toString(), correspondence.to().toString()));
    }
    return this;
  }

  /**
   * Adds one fiscal year's scorecard.
   *
   * @param card the scorecard
   * @return this builder
   */
  public HistoryBuilder scorecard(Scorecard card) {
    cards.add(Checks.notNull(card, "card"));
    return this;
  }

  /**
   * Adds scorecards, in any order.
   *
   * @param all the scorecards
   * @return this builder
   */
  public HistoryBuilder scorecards(Collection<Scorecard> all) {
    Checks.notNull(all, "all").forEach(this::scorecard);
    return this;
  }

  /**
   * Adds one fiscal year's assessment, scored with {@link Scorer#standard()} against its rubric
   * version when the history is built.
   *
   * @param assessment the assessment
   * @return this builder
   */
  public HistoryBuilder assessment(Assessment assessment) {
    assessments.add(Checks.notNull(assessment, "assessment"));
    return this;
  }

  /**
   * Adds assessments, in any order, each scored when the history is built.
   *
   * @param all the assessments
   * @return this builder
   */
  public HistoryBuilder assessments(Collection<Assessment> all) {
    Checks.notNull(all, "all").forEach(this::assessment);
    return this;
  }

  /**
   * {@return the history}
   *
   * @throws InvalidValueException naming the assessment or year, if there is no scorecard, two are
   *     of the same fiscal year, one is of another organisation or rubric id, or its rubric version
   *     was not added
   */
  public History build() {
    List<Scorecard> all = new ArrayList<>(cards);
    for (Assessment a : assessments) {
      Rubric rubric = rubrics.get(a.rubric());
      if (rubric == null) {
        throw new InvalidValueException(
            HistoryMessages.rubricMissing(a.id(), a.rubric().toString()));
      }
      all.add(Scorer.standard().score(rubric, a));
    }
    return Reading.read(rules, rubrics, links, all);
  }
}
