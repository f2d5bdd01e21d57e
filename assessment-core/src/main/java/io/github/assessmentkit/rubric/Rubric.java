package io.github.assessmentkit.rubric;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.internal.RubricMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A criteria set: identity and provenance, a tree of {@link Criterion criteria} whose leaves hold
 * {@link Indicator indicators}, the default scoring strategy, the scoring policies (what
 * not-applicable, missing and unknown ratings do, and what a criterion where nothing counts means),
 * an optional second scale for the result, rating ladders and award schemes.
 *
 * <p>Built once with {@link #builder(String, String)} (or derived from another with {@link
 * #from(Rubric)}), checked as a whole when built, and then immutable and safe to share across
 * threads.
 *
 * <pre>{@code
 * Rubric rubric = Rubric.builder("coop-governance", "2025.1")
 *     .title(Text.of("ธรรมาภิบาลสหกรณ์", "Cooperative good governance"))
 *     .provenance(Provenance.unverified(source, note))
 *     .totalPoints(100)
 *     .defaultStrategy(Strategies.POINTS_SUM)
 *     .whenUnknown(UnratedPolicy.EXCLUDE_AND_RENORMALISE)     // optional scoring policies
 *     .resultScale(ResultScale.of(Text.en("level"), 0, 5))    // optional: the result on 0-5 too
 *     .criterion(Criterion.builder("G1", Text.en("Rule of law")).weight(2) ... .build())
 *     .build();
 * }</pre>
 */
public final class Rubric {
  private final String id;
  private final String version;
  private final @Nullable String edition;
  private final Text title;
  private final Provenance provenance;
  private final BigDecimal totalPoints;
  private final String defaultStrategy;
  private final @Nullable ResultScale resultScale;
  private final ScoringPolicies policies;
  private final Severity evidenceValidity;
  private final List<Criterion> criteria;
  private final List<Ladder> ladders;
  private final List<AwardScheme> awards;
  private final Extensions extensions;
  private final Map<String, Criterion> criteriaById;
  private final Map<String, Indicator> indicatorsById;
  private final List<Indicator> indicatorList;
  private final Map<String, Integer> indicatorPositions;
  private final boolean capsByWeakestDimension;
  private final boolean requiresEveryDimension;
  private final Map<String, ScoringPolicies> policiesById;
  private final Map<String, RatingRules> ratingRules;
  private final Map<String, RatingRules> ratingRulesInForce;

  Rubric(RubricBuilder b) {
    this.id = b.id;
    this.version = b.version;
    this.edition = b.edition;
    this.title = Checks.notNull(b.title, "title");
    this.provenance = Checks.notNull(b.provenance, "provenance");
    this.defaultStrategy = Checks.notNull(b.defaultStrategy, "defaultStrategy");
    this.resultScale = b.resultScale;
    this.policies =
        new ScoringPolicies(
            b.notApplicablePolicy, b.whenMissing, b.whenUnknown, b.whenNothingCounts);
    this.evidenceValidity = b.evidenceValidity;
    this.criteria = List.copyOf(b.criteria);
    this.ladders = List.copyOf(b.ladders);
    this.awards = List.copyOf(b.awards);
    this.extensions = b.extensions;
    this.capsByWeakestDimension = b.capByWeakestDimension;
    this.requiresEveryDimension = b.requireEveryDimension;
    Map<String, Criterion> byId = new LinkedHashMap<>();
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    RubricChecks.index(id, criteria, byId, indicators);
    this.criteriaById = Collections.unmodifiableMap(byId);
    this.indicatorsById = Collections.unmodifiableMap(indicators);
    this.indicatorList = List.copyOf(indicators.values());
    Map<String, Integer> positions = new HashMap<>();
    for (int k = 0; k < indicatorList.size(); k++) {
      positions.put(indicatorList.get(k).id(), k);
    }
    // a hash map, not Map.copyOf: its open addressing probes long runs on ids alike as these
    this.indicatorPositions = Collections.unmodifiableMap(positions);
    Map<String, ScoringPolicies> inForce = new HashMap<>();
    RubricChecks.policies(criteria, policies, inForce);
    this.policiesById = Collections.unmodifiableMap(inForce);
    this.totalPoints = RubricChecks.total(id, b.totalPoints, criteria);
    RubricChecks.check(this);
    this.ratingRules = Collections.unmodifiableMap(new LinkedHashMap<>(b.ratingRules));
    this.ratingRulesInForce = ratingRulesInForce(ratingRules, criteria, byId, indicators);
  }

  /** Works out the rating rules in force at each indicator, when the rubric declares any. */
  private static Map<String, RatingRules> ratingRulesInForce(
      Map<String, RatingRules> declared,
      List<Criterion> criteria,
      Map<String, Criterion> byId,
      Map<String, Indicator> indicators) {
    if (declared.isEmpty()) {
      return Map.of();
    }
    for (String nodeId : declared.keySet()) {
      if (!byId.containsKey(nodeId) && !indicators.containsKey(nodeId)) {
        throw new InvalidRubricException(nodeId, RubricMessages.ratingRulesForNothing(nodeId));
      }
    }
    Map<String, RatingRules> out = new HashMap<>();
    resolveRatingRules(declared, criteria, RatingRules.NONE, out);
    return Collections.unmodifiableMap(out);
  }

  private static void resolveRatingRules(
      Map<String, RatingRules> declared,
      List<Criterion> level,
      RatingRules outer,
      Map<String, RatingRules> out) {
    for (Criterion c : level) {
      RatingRules here = declared.getOrDefault(c.id(), RatingRules.NONE).under(outer);
      for (Indicator i : c.indicators()) {
        RatingRules own = declared.getOrDefault(i.id(), RatingRules.NONE).under(here);
        if (!own.isEmpty()) {
          out.put(i.id(), own);
        }
      }
      resolveRatingRules(declared, c.children(), here, out);
    }
  }

  /**
   * Starts a new rubric.
   *
   * @param id the rubric's id, for example {@code "cqa"}
   * @param version its version, for example {@code "2025.1"}
   * @return a builder
   * @throws IllegalArgumentException if the id or version is blank or contains {@code @}
   */
  public static RubricBuilder builder(String id, String version) {
    return new RubricBuilder(id, version);
  }

  /**
   * Starts a builder holding everything of an existing rubric, to derive a new one; the existing
   * rubric is not touched.
   *
   * @param base the rubric to derive from
   * @return a builder
   */
  public static RubricBuilder from(Rubric base) {
    return RubricBuilder.from(base);
  }

  /** {@return the id} */
  public String id() {
    return id;
  }

  /** {@return the version} */
  public String version() {
    return version;
  }

  /** {@return {@code id@version}} */
  public RubricRef ref() {
    return new RubricRef(id, version);
  }

  /** {@return the edition, for example {@code "2567-2570"}, if any} */
  public Optional<String> edition() {
    return Optional.ofNullable(edition);
  }

  /** {@return the title} */
  public Text title() {
    return title;
  }

  /** {@return where the rubric comes from and whether it was verified} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the possible total, for example 1000} */
  public BigDecimal totalPoints() {
    return totalPoints;
  }

  /** {@return the id of the strategy used where a criterion names none} */
  public String defaultStrategy() {
    return defaultStrategy;
  }

  /**
   * {@return what a not-applicable part does where no criterion declares otherwise: {@code
   * policies().notApplicable()}}
   */
  public NotApplicablePolicy notApplicablePolicy() {
    return Objects.requireNonNull(policies.notApplicable());
  }

  /**
   * The rubric-wide scoring policies, in force wherever no criterion declares its own: the values
   * the rubric declares over {@link ScoringPolicies#DEFAULTS}. Every component is present.
   *
   * @return the policies
   * @see #policiesOf(String)
   */
  public ScoringPolicies policies() {
    return policies;
  }

  /**
   * The scoring policies in force at a criterion, every component present: for each policy, what
   * the criterion declares, else what its nearest ancestor declares, else the rubric's ({@link
   * #policies()}).
   *
   * @param criterionId the criterion's id
   * @return the resolved policies
   * @throws IllegalArgumentException if no criterion has that id
   */
  public ScoringPolicies policiesOf(String criterionId) {
    ScoringPolicies found = policiesById.get(criterionId);
    if (found == null) {
      throw new InvalidValueException(Messages.noSuchCriterion(criterionId));
    }
    return found;
  }

  /**
   * {@return the scale the result is also stated on besides points, for example 0 to 5, if the
   * rubric declares one}
   */
  public Optional<ResultScale> resultScale() {
    return Optional.ofNullable(resultScale);
  }

  /**
   * How validation treats a rating that cites evidence not valid for the fiscal year assessed (rule
   * {@code evidence.valid-for-period}): as a {@link Severity#WARNING warning} (the default),
   * reported and also shown on the scorecard, or as an {@link Severity#ERROR error}, which stops
   * scoring like any other violation. When evidence is valid for a year is written at {@code
   * Evidence.invalidFor(FiscalYear)}.
   *
   * @return the severity; {@link Severity#WARNING} unless the rubric says otherwise
   */
  public Severity evidenceValidity() {
    return evidenceValidity;
  }

  /**
   * Whether an item rated on a band scale is capped by its weakest dimension: its percentage may
   * not exceed the top of the band its lowest-rated dimension falls in. With ADLI ratings A 70, D
   * 45, L 60 and I 65, an item rated 70 % counts as 45 %, the top of band 3 (30 to 45) where D
   * lies. The cap is worked out by {@code BandScale.capped}; an item without dimension ratings is
   * not capped.
   *
   * @return true when the rubric declares the cap; false by default
   */
  public boolean capsByWeakestDimension() {
    return capsByWeakestDimension;
  }

  /**
   * Whether an item rated on a band scale above 0 must rate every dimension of its scale; when it
   * does not, validation reports rule {@code rating.every-dimension-rated}, an error.
   *
   * @return true when the rubric requires it; false by default
   */
  public boolean requiresEveryDimension() {
    return requiresEveryDimension;
  }

  /**
   * {@return the rating rules the rubric declares, by the id of the indicator or criterion they are
   * declared for, in the order declared}
   *
   * @see RubricBuilder#ratingRules(String, RatingRules)
   */
  public Map<String, RatingRules> ratingRules() {
    return ratingRules;
  }

  /**
   * The rating rules in force for an indicator: each rule as the indicator declares it, else as its
   * nearest criterion declares it.
   *
   * @param indicatorId the indicator's id
   * @return the rules; {@link RatingRules#NONE} when none applies or no indicator has that id
   */
  public RatingRules ratingRulesOf(String indicatorId) {
    return ratingRulesInForce.getOrDefault(indicatorId, RatingRules.NONE);
  }

  /** {@return the top-level criteria, in order} */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** {@return the rating ladders} */
  public List<Ladder> ladders() {
    return ladders;
  }

  /** {@return the award schemes} */
  public List<AwardScheme> awards() {
    return awards;
  }

  /** {@return fields from a newer format, kept as they came} */
  public Extensions extensions() {
    return extensions;
  }

  /**
   * Finds a criterion anywhere in the tree.
   *
   * @param criterionId the id
   * @return the criterion, or empty
   */
  public Optional<Criterion> criterion(String criterionId) {
    return Optional.ofNullable(criteriaById.get(criterionId));
  }

  /**
   * Finds an indicator anywhere in the tree.
   *
   * @param indicatorId the id
   * @return the indicator, or empty
   */
  public Optional<Indicator> indicator(String indicatorId) {
    return Optional.ofNullable(indicatorsById.get(indicatorId));
  }

  /**
   * Finds an indicator's position in rubric order, as in {@link #indicators()}: a small whole
   * number to index arrays by, for code that looks at every indicator of many assessments.
   *
   * @param indicatorId the indicator's id
   * @return its position, from 0, or -1 when the rubric has no such indicator
   */
  public int indicatorPosition(String indicatorId) {
    Integer at = indicatorPositions.get(indicatorId);
    return at == null ? -1 : at;
  }

  /** {@return every indicator, in tree order} */
  public List<Indicator> indicators() {
    return indicatorList;
  }

  /** {@return every criterion, in tree order (parents before children)} */
  public List<Criterion> allCriteria() {
    return List.copyOf(criteriaById.values());
  }

  /**
   * Finds a ladder.
   *
   * @param ladderId the id
   * @return the ladder, or empty
   */
  public Optional<Ladder> ladder(String ladderId) {
    return ladders.stream().filter(l -> l.id().equals(ladderId)).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rubric r
        && id.equals(r.id)
        && version.equals(r.version)
        && Objects.equals(edition, r.edition)
        && title.equals(r.title)
        && provenance.equals(r.provenance)
        && totalPoints.compareTo(r.totalPoints) == 0
        && defaultStrategy.equals(r.defaultStrategy)
        && Objects.equals(resultScale, r.resultScale)
        && policies.equals(r.policies)
        && evidenceValidity == r.evidenceValidity
        && criteria.equals(r.criteria)
        && ladders.equals(r.ladders)
        && awards.equals(r.awards)
        && extensions.equals(r.extensions)
        && capsByWeakestDimension == r.capsByWeakestDimension
        && requiresEveryDimension == r.requiresEveryDimension
        && ratingRules.equals(r.ratingRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, title, criteria);
  }

  @Override
  public String toString() {
    return "Rubric[" + ref() + ", " + title + "]";
  }
}
