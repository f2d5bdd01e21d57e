package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rung of a {@link Ladder}: the level reached when the metric passes the rung's bound. When the
 * ladder's metric does not apply, a rung with a bound follows its {@code whenNotApplicable} rule
 * instead of its comparison: {@link WhenNotApplicable#HOLDS} reaches it, {@link
 * WhenNotApplicable#FAILS} (the default) passes on to the rung below, {@link
 * WhenNotApplicable#UNDECIDED} leaves the ladder undecided. The bottom rung is reached by anything
 * that reaches it, applicable or not.
 *
 * <p>A rung above the bottom may also carry conditions: it is reached only when its bound is met
 * <em>and</em> every one of its conditions holds; otherwise the ladder goes on to the rung below,
 * and the reason of the rung reached names the condition that failed. The bottom rung carries none,
 * so every ladder lands on a rung.
 *
 * <pre>{@code
 * Rung excellent = Rung.atLeast("excellent", Text.of("ดีเลิศ", "excellent"), 90)
 *     .withConditions(Condition.ratedWith("S3.1", "yes"));
 * }</pre>
 *
 * @param id the rung's id, for example {@code "outstanding"}
 * @param label its name, for example ดีเด่น / outstanding
 * @param bound the lowest value that reaches it, or {@code null} for the bottom rung
 * @param comparison how the value is compared with the bound
 * @param whenNotApplicable what the rung decides when the ladder's metric does not apply
 * @param conditions what must hold besides the bound for the rung to be reached; empty for none
 */
public record Rung(
    String id,
    Text label,
    @Nullable BigDecimal bound,
    Comparison comparison,
    WhenNotApplicable whenNotApplicable,
    List<Condition> conditions) {
  /**
   * Creates the value, checking its components.
   *
   * @param id the rung's id, for example {@code "outstanding"}
   * @param label its name, for example ดีเด่น / outstanding
   * @param bound the lowest value that reaches it, or {@code null} for the bottom rung
   * @param comparison how the value is compared with the bound
   * @param whenNotApplicable what the rung decides when the ladder's metric does not apply
   * @param conditions what must hold besides the bound for the rung to be reached; empty for none
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Rung {
    Checks.notBlank(id, "id");
    Checks.notNull(label, "label");
    Checks.notNull(comparison, "comparison");
    Checks.notNull(whenNotApplicable, "whenNotApplicable");
    conditions = Checks.copy(conditions, "conditions");
  }

  /**
   * Creates a rung reached by its bound alone.
   *
   * @param id the rung's id, for example {@code "outstanding"}
   * @param label its name, for example ดีเด่น / outstanding
   * @param bound the lowest value that reaches it, or {@code null} for the bottom rung
   * @param comparison how the value is compared with the bound
   * @param whenNotApplicable what the rung decides when the ladder's metric does not apply
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Rung(
      String id,
      Text label,
      @Nullable BigDecimal bound,
      Comparison comparison,
      WhenNotApplicable whenNotApplicable) {
    this(id, label, bound, comparison, whenNotApplicable, List.of());
  }

  /**
   * Creates a rung that is not reached when the ladder's metric does not apply ({@link
   * WhenNotApplicable#FAILS}, the default).
   *
   * @param id the rung's id, for example {@code "outstanding"}
   * @param label its name, for example ดีเด่น / outstanding
   * @param bound the lowest value that reaches it, or {@code null} for the bottom rung
   * @param comparison how the value is compared with the bound
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Rung(String id, Text label, @Nullable BigDecimal bound, Comparison comparison) {
    this(id, label, bound, comparison, WhenNotApplicable.FAILS);
  }

  /**
   * Returns this rung with another rule for a metric that does not apply.
   *
   * @param rule what the rung decides when the ladder's metric does not apply
   * @return the rung
   */
  public Rung whenNotApplicable(WhenNotApplicable rule) {
    return new Rung(id, label, bound, comparison, rule, conditions);
  }

  /**
   * Returns this rung with conditions that must hold besides its bound: the rung is reached only
   * when the bound is met and every condition holds. The conditions replace any the rung had.
   *
   * @param required the conditions, none to drop them
   * @return the rung
   * @throws NullPointerException if a condition is null
   */
  public Rung withConditions(Condition... required) {
    return new Rung(id, label, bound, comparison, whenNotApplicable, List.of(required));
  }

  /**
   * A rung reached from {@code bound} upwards.
   *
   * @param id the id
   * @param label the name
   * @param bound the lowest value that reaches it
   * @return the rung
   */
  public static Rung atLeast(String id, Text label, long bound) {
    return new Rung(id, label, BigDecimal.valueOf(bound), Comparison.AT_LEAST);
  }

  /**
   * A rung reached strictly above {@code bound}.
   *
   * @param id the id
   * @param label the name
   * @param bound the value that must be exceeded
   * @return the rung
   */
  public static Rung above(String id, Text label, long bound) {
    return new Rung(id, label, BigDecimal.valueOf(bound), Comparison.GREATER_THAN);
  }

  /**
   * The bottom rung, reached by every value.
   *
   * @param id the id
   * @param label the name
   * @return the rung
   */
  public static Rung bottom(String id, Text label) {
    return new Rung(id, label, null, Comparison.AT_LEAST);
  }
}
