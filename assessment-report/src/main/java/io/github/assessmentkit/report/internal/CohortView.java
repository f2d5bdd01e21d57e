package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.DecisionCounts;
import io.github.assessmentkit.cohort.GroupDistribution;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.Outcome;
import io.github.assessmentkit.cohort.OutcomeCount;
import io.github.assessmentkit.cohort.Ranking;
import io.github.assessmentkit.cohort.Standing;
import io.github.assessmentkit.report.CohortReport;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What the round's templates and its CSV read: the report, the languages and the lookups. */
public final class CohortView {
  private final CohortReport report;
  private final Ui ui;
  private final Map<String, OrganisationSummary> summaries = new HashMap<>();
  private final Map<String, Text> outcomeLabels = new HashMap<>();
  private final Set<String> plaqued = new HashSet<>();

  /**
   * Prepares a report for its templates.
   *
   * @param report the report
   * @param ui the languages
   */
  public CohortView(CohortReport report, Ui ui) {
    this.report = report;
    this.ui = ui;
    report.cohort().summaries().forEach(s -> summaries.put(s.subjectId(), s));
    GroupDistribution overall = report.distribution().overall();
    List<DecisionCounts> decisions = new ArrayList<>(overall.levels());
    decisions.addAll(overall.awards());
    for (DecisionCounts d : decisions) {
      for (OutcomeCount c : d.counts()) {
        outcomeLabels.put(key(d.decisionId(), c.resultId(), c.undecided()), c.label());
      }
    }
    report.plaques().recipients().forEach(s -> plaqued.add(s.subjectId()));
  }

  /** {@return the languages} */
  public Ui ui() {
    return ui;
  }

  /** {@return the report} */
  public CohortReport report() {
    return report;
  }

  /** {@return the round} */
  public Cohort cohort() {
    return report.cohort();
  }

  /**
   * Returns an organisation's name.
   *
   * @param subjectId its id
   * @return its name, or its id when the report has none
   */
  public Text name(String subjectId) {
    return report.name(subjectId);
  }

  /**
   * Returns whether an organisation receives a plaque.
   *
   * @param subjectId its id
   * @return whether it is among the recipients
   */
  public boolean plaque(String subjectId) {
    return plaqued.contains(subjectId);
  }

  /**
   * Returns the outcomes of an organisation's level and award decisions, by name.
   *
   * @param subjectId its id
   * @return the names of its rung on the rubric's first ladder and of its award tiers
   */
  public List<Text> outcomes(String subjectId) {
    OrganisationSummary summary = summaries.get(subjectId);
    if (summary == null) {
      return List.of();
    }
    List<Outcome> all = new ArrayList<>(summary.levels().stream().limit(1).toList());
    all.addAll(summary.awards());
    List<Text> out = new ArrayList<>();
    for (Outcome o : all) {
      Text label = outcomeLabels.get(key(o.decisionId(), o.resultId(), o.undecided()));
      out.add(
          label != null
              ? label
              : Text.of(String.valueOf(o.resultId()), String.valueOf(o.resultId())));
    }
    return out;
  }

  /**
   * Returns an organisation's percent of a criterion.
   *
   * @param subjectId its id
   * @param criterionId the criterion
   * @return the percent rounded to two places, or "—" when it does not apply
   */
  public String percent(String subjectId, String criterionId) {
    OrganisationSummary summary = summaries.get(subjectId);
    if (summary == null) {
      return "—";
    }
    return ui.percent(summary.fraction(criterionId).orElse(null));
  }

  /** {@return the rubric's top-level criteria that the round's summaries hold (the categories)} */
  public List<Criterion> categories() {
    List<String> held = report.cohort().nodeIds();
    return report.cohort().rubric().criteria().stream().filter(c -> held.contains(c.id())).toList();
  }

  /**
   * Returns a criterion's title.
   *
   * @param criterionId its id
   * @return its title; "total" for the rubric's own id (the whole); else its id
   */
  public Text title(String criterionId) {
    if (criterionId.equals(report.cohort().rubric().id())) {
      return Text.of("คะแนนรวม", "Total");
    }
    Optional<Criterion> c = report.cohort().rubric().criterion(criterionId);
    return c.isPresent() ? c.get().title() : Text.of(criterionId, criterionId);
  }

  /** {@return the provinces' rankings, by province name} */
  public List<Map.Entry<String, Ranking>> byProvince() {
    return report.rankings().byProvince().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .toList();
  }

  /** {@return the types' rankings, in the order of the types} */
  public List<Map.Entry<OrganisationType, Ranking>> byType() {
    return report.rankings().byType().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .toList();
  }

  /** {@return the provinces' distributions, by province name} */
  public List<GroupDistribution> provinceDistributions() {
    return report.distribution().byProvince().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .toList();
  }

  /** {@return the types' distributions, in the order of the types} */
  public List<GroupDistribution> typeDistributions() {
    return report.distribution().byType().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .toList();
  }

  /**
   * Returns the overall distribution of one decision as a bar chart of counts.
   *
   * @param counts the counts of its outcomes
   * @param index its position among the charts, for a unique id
   * @return the chart
   */
  public Chart chart(DecisionCounts counts, int index) {
    List<Bar> bars = new ArrayList<>();
    StringBuilder desc = new StringBuilder();
    for (OutcomeCount c : counts.counts()) {
      String label = ui.plain(c.label());
      bars.add(new Bar(label, c.label(), BigDecimal.valueOf(c.count()), String.valueOf(c.count())));
      desc.append(label).append(": ").append(c.count()).append("; ");
    }
    return Charts.countBars(
        "chart-distribution-" + index,
        ui.plain(counts.title()),
        ui.plain("จำนวนองค์กรต่อผล ", "Organisations per outcome: ") + desc.toString().trim(),
        bars);
  }

  /** {@return the decisions of the overall distribution: the ladders, then the award schemes} */
  public List<DecisionCounts> decisions() {
    List<DecisionCounts> all = new ArrayList<>(report.distribution().overall().levels());
    all.addAll(report.distribution().overall().awards());
    return all;
  }

  /**
   * Writes an exact value rounded to two places.
   *
   * @param value the value
   * @return the value
   */
  public String exact(Ratio value) {
    return ui.exact(value);
  }

  /**
   * Returns a line's province, or "—".
   *
   * @param standing the line
   * @return its province
   */
  public String province(Standing standing) {
    return Objects.requireNonNullElse(standing.province(), "—");
  }

  private static String key(
      String decisionId, @org.jspecify.annotations.Nullable String result, boolean undecided) {
    return decisionId + "\u0000" + (undecided ? "?" : String.valueOf(result));
  }
}
