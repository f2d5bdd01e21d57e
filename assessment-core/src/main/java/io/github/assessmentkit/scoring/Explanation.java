package io.github.assessmentkit.scoring;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Decimals;
import io.github.assessmentkit.spi.Formula;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a node's points were computed: the strategy, its rule in words, and the calculation as data
 * ({@link #formula()} with its {@link #terms()}), rendered to text such as {@code "1.1 22.75 + 1.2
 * 20.00 = 42.75"} only when {@link #calculation()} is called. The text uses the shown (rounded)
 * points of the parts, which add up to the node's shown points, and exact fractions, written as
 * decimals when they end ({@code 0.75}) and as ratios when they do not ({@code 2/3}).
 *
 * <p>Two explanations are equal when their strategy, rule and calculation text are equal, so an
 * explanation read back from a document equals the one scoring built. Immutable and thread-safe.
 */
public final class Explanation {
  private final String strategy;
  private final Text rule;
  private final Formula formula;
  private final BigDecimal possible;
  private final BigDecimal earned;
  private final @Nullable Ratio fraction;
  private final List<NodeScore> children;
  private final List<IndicatorScore> indicators;
  private volatile @Nullable String text;
  private volatile @Nullable List<Term> terms;

  private Explanation(
      String strategy,
      Text rule,
      Formula formula,
      BigDecimal possible,
      BigDecimal earned,
      @Nullable Ratio fraction,
      List<NodeScore> children,
      List<IndicatorScore> indicators,
      @Nullable String text) {
    this.strategy = Checks.notBlank(strategy, "strategy");
    this.rule = Checks.notNull(rule, "rule");
    this.formula = Checks.notNull(formula, "formula");
    this.possible = possible;
    this.earned = earned;
    this.fraction = fraction;
    this.children = children;
    this.indicators = indicators;
    this.text = text;
  }

  /**
   * An explanation whose calculation is given as text, as a document holds it.
   *
   * @param strategy the id of the strategy that computed the node
   * @param rule the rule in Thai and English
   * @param calculation the arithmetic with the inputs
   * @return the explanation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the strategy is blank
   */
  public static Explanation of(String strategy, Text rule, String calculation) {
    Checks.notNull(calculation, "calculation");
    return new Explanation(
        strategy,
        rule,
        new Formula.Written(calculation),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        List.of(),
        List.of(),
        calculation);
  }

  /**
   * An explanation of a node as scoring builds it, rendered only when asked.
   *
   * @param strategy the id of the strategy that computed the node
   * @param rule the rule in Thai and English
   * @param formula how the result follows from the parts
   * @param possible the node's shown possible points
   * @param earned the node's shown earned points
   * @param fraction the node's exact fraction, or {@code null} when it does not apply
   * @param children the node's sub-criteria
   * @param indicators the node's indicators
   * @return the explanation
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if the strategy is blank
   */
  public static Explanation of(
      String strategy,
      Text rule,
      Formula formula,
      BigDecimal possible,
      BigDecimal earned,
      @Nullable Ratio fraction,
      List<NodeScore> children,
      List<IndicatorScore> indicators) {
    return new Explanation(
        strategy,
        rule,
        formula,
        Checks.notNull(possible, "possible"),
        Checks.notNull(earned, "earned"),
        fraction,
        Checks.notNull(children, "children"),
        Checks.notNull(indicators, "indicators"),
        null);
  }

  /** {@return the id of the strategy that computed the node} */
  public String strategy() {
    return strategy;
  }

  /** {@return the rule in Thai and English} */
  public Text rule() {
    return rule;
  }

  /** {@return how the result follows from the parts} */
  public Formula formula() {
    return formula;
  }

  /**
   * {@return the parts the calculation combines, in rubric order: the indicators and sub-criteria
   * that count, with their shown points and exact fractions; empty for a calculation given as text}
   */
  public List<Term> terms() {
    List<Term> known = terms;
    if (known == null) {
      List<Term> list = new ArrayList<>(indicators.size() + children.size());
      for (IndicatorScore i : indicators) {
        if (i.status() != IndicatorStatus.NOT_APPLICABLE || i.fraction() != null) {
          list.add(new Term(i.indicatorId(), i.possible(), i.earned(), i.fraction()));
        }
      }
      for (NodeScore n : children) {
        if (n.applicable()) {
          list.add(
              new Term(
                  n.id(),
                  n.possible(),
                  n.coverage().rated() > 0 ? n.earned() : null,
                  n.coverage().rated() > 0 ? n.fraction() : null));
        }
      }
      known = Collections.unmodifiableList(list);
      terms = known;
    }
    return known;
  }

  /** {@return the arithmetic with the actual numbers, for example {@code "1.1 22.75 = 22.75"}} */
  public String calculation() {
    String known = text;
    if (known == null) {
      known = Calculations.render(formula, terms(), possible, earned, fraction);
      text = known;
    }
    return known;
  }

  /**
   * {@return where the parts' possible points came from: the node's shown possible points, then
   * each part's exact share of them and its shown possible points, in rubric order, for example
   * {@code "100.00 → G1 2/3 = 66.67, G2 1/3 = 33.33"}; a part that left (not applicable, or unrated
   * under a policy that leaves it out) has a share of 0, its points having gone to the others or
   * left the maximum as the node's rule and the scorecard's warnings say; empty for a node without
   * parts and for an explanation given as text}
   */
  public String allotment() {
    if (indicators.isEmpty() && children.isEmpty()) {
      return "";
    }
    Ratio whole = Ratio.ZERO;
    for (IndicatorScore i : indicators) {
      whole = whole.plus(i.exactPossible());
    }
    for (NodeScore n : children) {
      whole = whole.plus(n.applicable() ? n.exactPossible() : Ratio.ZERO);
    }
    StringBuilder out = new StringBuilder(24 + 24 * (indicators.size() + children.size()));
    Decimals.appendPlain(out, possible).append(" →");
    String separator = " ";
    for (IndicatorScore i : indicators) {
      share(out.append(separator).append(i.indicatorId()), i.exactPossible(), whole, i.possible());
      separator = ", ";
    }
    for (NodeScore n : children) {
      Ratio part = n.applicable() ? n.exactPossible() : Ratio.ZERO;
      share(out.append(separator).append(n.id()), part, whole, n.possible());
      separator = ", ";
    }
    return out.toString();
  }

  private static void share(StringBuilder out, Ratio part, Ratio whole, BigDecimal shown) {
    out.append(' ');
    out.append(whole.isZero() ? "0" : Decimals.plain(part.dividedBy(whole)));
    Decimals.appendPlain(out.append(" = "), shown);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Explanation other
        && strategy.equals(other.strategy)
        && rule.equals(other.rule)
        && calculation().equals(other.calculation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, rule, calculation());
  }

  @Override
  public String toString() {
    return "Explanation[strategy="
        + strategy
        + ", rule="
        + rule
        + ", calculation="
        + calculation()
        + "]";
  }
}
