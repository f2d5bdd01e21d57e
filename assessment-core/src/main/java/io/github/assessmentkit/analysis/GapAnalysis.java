package io.github.assessmentkit.analysis;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.internal.ScoringMessages;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scoring.IndicatorScore;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a scorecard into strengths and opportunities for improvement at its scored leaf criteria
 * (the items of an award set, the principles' indicators of a checklist), with what the next band
 * would need. Pure and thread-safe.
 *
 * <pre>{@code
 * GapReport gaps = GapAnalysis.analyse(rubric, assessment, scorecard);
 * gaps.topOpportunities(3).forEach(f -> System.out.println(f.criterionId() + " " + f.atStake()));
 * }</pre>
 */
public final class GapAnalysis {
  /** The percent from which a leaf counts as a strength unless told otherwise. */
  public static final BigDecimal DEFAULT_STRENGTH_PERCENT = BigDecimal.valueOf(50);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private GapAnalysis() {}

  /**
   * Analyses with the default strength threshold of 50 %.
   *
   * @param rubric the rubric
   * @param assessment the assessment scored
   * @param scorecard its scorecard
   * @return strengths and opportunities
   */
  public static GapReport analyse(Rubric rubric, Assessment assessment, Scorecard scorecard) {
    return analyse(rubric, assessment, scorecard, DEFAULT_STRENGTH_PERCENT);
  }

  /**
   * Analyses with a strength threshold.
   *
   * @param rubric the rubric
   * @param assessment the assessment scored
   * @param scorecard its scorecard
   * @param strengthPercent the percent from which a leaf counts as a strength
   * @return strengths and opportunities
   */
  public static GapReport analyse(
      Rubric rubric, Assessment assessment, Scorecard scorecard, BigDecimal strengthPercent) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(assessment, "assessment");
    Checks.notNull(scorecard, "scorecard");
    Checks.notNull(strengthPercent, "strengthPercent");
    List<Finding> strengths = new ArrayList<>();
    List<Finding> opportunities = new ArrayList<>();
    scorecard.root().stream()
        .filter(n -> n.applicable() && n.children().isEmpty() && !n.indicators().isEmpty())
        .filter(n -> n.coverage().rated() > 0)
        .forEach(
            n -> {
              Criterion c = rubric.criterion(n.id()).orElseThrow();
              BigDecimal atStake = n.possible().subtract(n.earned());
              if (n.percent().compareTo(strengthPercent) >= 0) {
                strengths.add(finding(n, c, assessment, atStake, null, true));
              }
              if (atStake.signum() > 0) {
                opportunities.add(finding(n, c, assessment, atStake, nextStep(n, c), false));
              }
            });
    strengths.sort(
        Comparator.comparing(Finding::percent)
            .thenComparing(Finding::earned)
            .reversed()
            .thenComparing(Finding::criterionId));
    opportunities.sort(
        Comparator.comparing(Finding::atStake).reversed().thenComparing(Finding::criterionId));
    return new GapReport(strengths, opportunities);
  }

  private static Finding finding(
      NodeScore n,
      Criterion c,
      Assessment a,
      BigDecimal atStake,
      @Nullable Text nextStep,
      boolean strength) {
    List<String> notes = new ArrayList<>();
    for (IndicatorScore line : n.indicators()) {
      Optional<Rating> r = a.rating(line.indicatorId());
      r.ifPresent(rating -> notes.addAll(strength ? rating.strengths() : rating.improvements()));
    }
    return new Finding(
        n.id(),
        c.title(),
        n.earned(),
        n.possible(),
        n.percent(),
        atStake,
        n.label(),
        nextStep,
        notes);
  }

  private static @Nullable Text nextStep(NodeScore n, Criterion c) {
    if (c.indicators().size() != 1 || !(c.indicators().get(0).scale() instanceof BandScale scale)) {
      return null;
    }
    IndicatorScore line = n.indicators().get(0);
    if (line.status() != IndicatorStatus.RATED || line.fraction() == null) {
      return null;
    }
    int percent =
        line.fraction().times(100).toBigDecimal(0, java.math.RoundingMode.FLOOR).intValue();
    Optional<Band> current = scale.bandOf(percent);
    if (current.isEmpty() || current.get().number() == scale.bands().size()) {
      return null;
    }
    Band next = scale.bands().get(current.get().number());
    BigDecimal target =
        Decimals.earned(Decimals.fraction(BigDecimal.valueOf(next.min()), HUNDRED), n.possible());
    BigDecimal gain = target.subtract(n.earned());
    return ScoringMessages.reachingTheNextBand(next.number(), next.min(), gain);
  }
}
