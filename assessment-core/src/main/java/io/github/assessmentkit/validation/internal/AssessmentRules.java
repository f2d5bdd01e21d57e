package io.github.assessmentkit.validation.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.RatingRules;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/** The rules an assessment must follow to be scored against its rubric. Pure and thread-safe. */
public final class AssessmentRules {
  /**
   * The value a rating gives, which its scale must allow; a state without a value has nothing to
   * check against the scale.
   */
  private static final RatingState.Visitor<Optional<RatingValue>> RATED_VALUE =
      new RatingState.Visitor<>() {
        @Override
        public Optional<RatingValue> visitRated(RatingState.Rated state) {
          return Optional.of(state.value());
        }

        @Override
        public Optional<RatingValue> visitNotApplicable(RatingState.NotApplicable state) {
          return Optional.empty();
        }

        @Override
        public Optional<RatingValue> visitUnknown(RatingState.Unknown state) {
          return Optional.empty();
        }
      };

  /** Whether a rating marks its indicator not applicable. */
  private static final RatingState.Visitor<Boolean> NOT_APPLICABLE =
      new RatingState.Visitor<>() {
        @Override
        public Boolean visitRated(RatingState.Rated state) {
          return false;
        }

        @Override
        public Boolean visitNotApplicable(RatingState.NotApplicable state) {
          return true;
        }

        @Override
        public Boolean visitUnknown(RatingState.Unknown state) {
          return false;
        }
      };

  /** The band scale an indicator is rated on, or empty for any other kind of scale. */
  private static final Scale.Visitor<Optional<BandScale>> BAND_SCALE =
      new Scale.Visitor<>() {
        @Override
        public Optional<BandScale> visitBand(BandScale scale) {
          return Optional.of(scale);
        }

        @Override
        public Optional<BandScale> visitLevel(LevelScale scale) {
          return Optional.empty();
        }

        @Override
        public Optional<BandScale> visitYesPartialNo(YesPartialNoScale scale) {
          return Optional.empty();
        }

        @Override
        public Optional<BandScale> visitYesNo(YesNoScale scale) {
          return Optional.empty();
        }

        @Override
        public Optional<BandScale> visitLikert(LikertScale scale) {
          return Optional.empty();
        }

        @Override
        public Optional<BandScale> visitMeasure(MeasureScale scale) {
          return Optional.empty();
        }

        @Override
        public Optional<BandScale> visitNumeric(NumericScale scale) {
          return Optional.empty();
        }
      };

  /**
   * The rule a rating's dimension ratings break when they are given without a rated value on a band
   * scale, name a dimension the scale lacks or name one twice, or give a percentage the scale does
   * not allow.
   */
  public static final String DIMENSION_VALID = "rating.dimension-valid";

  /**
   * The rule a band-scale rating above 0 breaks when it leaves a dimension of its scale unrated,
   * checked only when the rubric {@link Rubric#requiresEveryDimension() requires every dimension}.
   */
  public static final String EVERY_DIMENSION_RATED = "rating.every-dimension-rated";

  /**
   * The rule a rating breaks when it cites evidence not valid for the fiscal year assessed (see
   * {@link Evidence#invalidFor}); its severity is the rubric's {@link Rubric#evidenceValidity()}.
   */
  public static final String EVIDENCE_VALID_FOR_PERIOD = "evidence.valid-for-period";

  /**
   * The rule that an indicator declared {@linkplain Indicator#notApplicableAllowed() not to allow
   * not applicable} is not rated so: an error at the rating's {@code notApplicable}.
   */
  public static final String NOT_APPLICABLE_ALLOWED = "rating.not-applicable-allowed";

  /**
   * The rule a rating breaks when it earns more than its rubric's {@code strengthsAbove} percent
   * and names no strength.
   */
  public static final String STRENGTHS_REQUIRED = "rating.strengths-required";

  /**
   * The rule a rating breaks when it earns more than its rubric's {@code improvementsAbove} percent
   * and names no opportunity for improvement.
   */
  public static final String IMPROVEMENTS_REQUIRED = "rating.improvements-required";

  private AssessmentRules() {}

  /**
   * Checks an assessment against a rubric.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment
   * @param ratingPosition gives the position in the document of the rating at an index of the
   *     assessment (the identity, unless some ratings of the document could not be read)
   * @return every violation, in document order; unmodifiable
   */
  public static List<Violation> check(
      Rubric rubric, Assessment assessment, IntUnaryOperator ratingPosition) {
    return check(rubric, assessment, ratingPosition, Integer.MAX_VALUE);
  }

  /**
   * Checks an assessment against a rubric, keeping at most {@code max} violations and counting the
   * rest in one last {@link io.github.assessmentkit.validation.ValidationReport#TRUNCATED} entry.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment
   * @param ratingPosition gives the position in the document of the rating at an index of the
   *     assessment
   * @param max the most violations kept; 1 or more
   * @return the violations kept, in document order, then the count of the rest if any
   */
  public static List<Violation> check(
      Rubric rubric, Assessment assessment, IntUnaryOperator ratingPosition, int max) {
    return check(rubric, assessment, ratingPosition, max, null);
  }

  /**
   * Checks an assessment against a rubric as {@link #check(Rubric, Assessment, IntUnaryOperator,
   * int)} does, and tells where each rating's indicator is in the rubric, so that a scorer need not
   * look the ratings up again.
   *
   * @param rubric the rubric the assessment answers
   * @param assessment the assessment
   * @param ratingPosition gives the position in the document of the rating at an index of the
   *     assessment
   * @param max the most violations kept; 1 or more
   * @param found receives, at each rating's index, its indicator's position in {@link
   *     Rubric#indicators()}, or -1 when the rubric has no such indicator; as long as the ratings,
   *     or null when not wanted
   * @return the violations kept, in document order, then the count of the rest if any
   */
  public static List<Violation> check(
      Rubric rubric,
      Assessment assessment,
      IntUnaryOperator ratingPosition,
      int max,
      int @Nullable [] found) {
    Truncation out = new Truncation(max);
    if (!assessment.rubric().equals(rubric.ref())) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  "/rubric",
                  "assessment.rubric-matches",
                  assessment.rubric().toString(),
                  AssessmentMessages.answersAnotherRubric(
                      assessment.rubric().toString(), rubric.ref().toString())));
    }
    Set<String> assessorIds = new HashSet<>(capacity(assessment.assessors().size()));
    for (int i = 0; i < assessment.assessors().size(); i++) {
      int index = i;
      Assessor a = assessment.assessors().get(i);
      if (!assessorIds.add(a.id())) {
        out.add(
            Severity.ERROR,
            () -> duplicate("/assessors/" + index + "/id", "assessor.unique-id", a.id()));
      }
    }
    Map<String, Evidence> evidence = new HashMap<>(capacity(assessment.evidence().size()));
    Map<String, Text> notValid = null;
    for (int i = 0; i < assessment.evidence().size(); i++) {
      int index = i;
      Evidence e = assessment.evidence().get(i);
      if (evidence.putIfAbsent(e.id(), e) != null) {
        out.add(
            Severity.ERROR,
            () -> duplicate("/evidence/" + index + "/id", "evidence.unique-id", e.id()));
      } else {
        Optional<Text> reason = e.invalidFor(assessment.period());
        if (reason.isPresent()) {
          if (notValid == null) {
            notValid = new HashMap<>();
          }
          notValid.put(e.id(), reason.get());
        }
      }
    }
    Set<String> measureIds = new HashSet<>(capacity(assessment.measures().size()));
    for (int i = 0; i < assessment.measures().size(); i++) {
      int index = i;
      String id = assessment.measures().get(i).id();
      if (!measureIds.add(id)) {
        out.add(
            Severity.ERROR, () -> duplicate("/measures/" + index + "/id", "measure.unique-id", id));
      }
    }
    Rated rated = new Rated(rubric.indicators().size());
    int at = -1;
    for (int i = 0; i < assessment.ratings().size(); i++) {
      at =
          checkRating(
              rubric,
              at + 1,
              assessment.ratings().get(i),
              ratingPosition.applyAsInt(i),
              rated,
              evidence,
              notValid,
              assessorIds,
              out);
      if (found != null) {
        found[i] = at;
      }
    }
    return Collections.unmodifiableList(out.finish());
  }

  /**
   * Checks one rating; {@code likely} is the indicator position to try first (documents usually
   * rate in rubric order). Returns the position of the indicator rated, or -1.
   */
  private static int checkRating(
      Rubric rubric,
      int likely,
      Rating r,
      int position,
      Rated rated,
      Map<String, Evidence> evidence,
      @Nullable Map<String, Text> notValid,
      Set<String> assessorIds,
      Truncation out) {
    List<Indicator> all = rubric.indicators();
    int at =
        likely < all.size() && all.get(likely).id().equals(r.indicatorId())
            ? likely
            : rubric.indicatorPosition(r.indicatorId());
    Optional<Indicator> indicator =
        at < 0 ? Optional.empty() : Optional.of(rubric.indicators().get(at));
    if (indicator.isEmpty()) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  path(position, "/indicator"),
                  "rating.indicator-exists",
                  r.indicatorId(),
                  AssessmentMessages.noSuchIndicator(rubric.ref().toString(), r.indicatorId()),
                  r.indicatorId()));
    }
    if (!rated.first(at, r.indicatorId())) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  path(position, "/indicator"),
                  "rating.one-per-indicator",
                  r.indicatorId(),
                  AssessmentMessages.ratedTwice(r.indicatorId()),
                  r.indicatorId()));
    }
    for (int j = 0; j < r.evidenceIds().size(); j++) {
      int k = j;
      String id = r.evidenceIds().get(j);
      Text notValidReason = notValid == null ? null : notValid.get(id);
      if (!evidence.containsKey(id)) {
        out.add(
            Severity.ERROR,
            () ->
                new Violation(
                    path(position, "/evidence/" + k),
                    "rating.evidence-exists",
                    id,
                    AssessmentMessages.noSuchEvidence(id),
                    r.indicatorId()));
      } else if (notValidReason != null) {
        out.add(
            rubric.evidenceValidity(),
            () ->
                new Violation(
                    path(position, "/evidence/" + k),
                    EVIDENCE_VALID_FOR_PERIOD,
                    id,
                    notValidReason,
                    r.indicatorId(),
                    rubric.evidenceValidity()));
      }
    }
    if (r.assessorId() != null && !assessorIds.contains(r.assessorId())) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  path(position, "/assessor"),
                  "rating.assessor-exists",
                  r.assessorId(),
                  AssessmentMessages.noSuchAssessor(r.assessorId()),
                  r.indicatorId()));
    }
    if (indicator.isPresent()
        && !indicator.get().notApplicableAllowed()
        && r.state().accept(NOT_APPLICABLE)) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  path(position, "/notApplicable"),
                  NOT_APPLICABLE_ALLOWED,
                  r.indicatorId(),
                  AssessmentMessages.notApplicableNotAllowed(r.indicatorId()),
                  r.indicatorId()));
    }
    Optional<RatingValue> given = r.state().accept(RATED_VALUE);
    boolean valueAllowed = false;
    if (indicator.isPresent() && given.isPresent()) {
      RatingValue value = given.get();
      Optional<Text> rejected = indicator.get().scale().reject(value);
      valueAllowed = rejected.isEmpty();
      if (rejected.isPresent()) {
        out.add(
            Severity.ERROR,
            () ->
                new Violation(
                    path(position, "/value"),
                    "rating.value-in-scale",
                    value.toString(),
                    rejected.get(),
                    r.indicatorId()));
      } else {
        RatingRules rules = rubric.ratingRulesOf(r.indicatorId());
        if (indicator.get().evidenceRequired()
            && r.evidenceIds().isEmpty()
            && !indicator.get().scale().isLowest(value)) {
          out.add(
              Severity.ERROR,
              () ->
                  new Violation(
                      path(position, "/evidence"),
                      "rating.evidence-required",
                      value.toString(),
                      AssessmentMessages.evidenceRequired(value.toString()),
                      r.indicatorId()));
        } else if (!rules.isEmpty() && r.evidenceIds().isEmpty()) {
          checkAbove(rules.evidenceAbove(), indicator.get(), r, value, position, out);
        }
        if (!rules.isEmpty()) {
          checkFindings(rules, indicator.get(), r, value, position, out);
        }
      }
    }
    if (indicator.isPresent() && (!r.dimensions().isEmpty() || rubric.requiresEveryDimension())) {
      checkDimensions(
          rubric, r, indicator.get(), valueAllowed ? given.orElse(null) : null, position, out);
    }
    return at;
  }

  /** Reports a rating without evidence that earns more than the rubric's rule allows. */
  private static void checkAbove(
      @Nullable BigDecimal above,
      Indicator indicator,
      Rating r,
      RatingValue value,
      int position,
      Truncation out) {
    if (above != null && RatingRules.applies(above, indicator.scale().exactFraction(value))) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  path(position, "/evidence"),
                  "rating.evidence-required",
                  value.toString(),
                  AssessmentMessages.evidenceRequiredAbove(value.toString(), above),
                  r.indicatorId()));
    }
  }

  /**
   * Reports a rating that names no strength (rule {@value #STRENGTHS_REQUIRED}) or no opportunity
   * for improvement (rule {@value #IMPROVEMENTS_REQUIRED}) where it earns more than the rubric's
   * rule allows without.
   */
  private static void checkFindings(
      RatingRules rules,
      Indicator indicator,
      Rating r,
      RatingValue value,
      int position,
      Truncation out) {
    Ratio fraction = indicator.scale().exactFraction(value);
    BigDecimal strengths = rules.strengthsAbove();
    if (strengths != null && r.strengths().isEmpty() && RatingRules.applies(strengths, fraction)) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  path(position, "/strengths"),
                  STRENGTHS_REQUIRED,
                  value.toString(),
                  AssessmentMessages.strengthsRequired(value.toString(), strengths),
                  r.indicatorId()));
    }
    BigDecimal improvements = rules.improvementsAbove();
    if (improvements != null
        && r.improvements().isEmpty()
        && RatingRules.applies(improvements, fraction)) {
      out.add(
          Severity.ERROR,
          () ->
              new Violation(
                  path(position, "/improvements"),
                  IMPROVEMENTS_REQUIRED,
                  value.toString(),
                  AssessmentMessages.improvementsRequired(value.toString(), improvements),
                  r.indicatorId()));
    }
  }

  /**
   * Checks the dimension ratings of a rating (rule {@value #DIMENSION_VALID}) and, when the rubric
   * requires it, that a band-scale rating above 0 rates every dimension (rule {@value
   * #EVERY_DIMENSION_RATED}).
   *
   * @param value the rating's value when its scale allows it, else null
   */
  private static void checkDimensions(
      Rubric rubric,
      Rating r,
      Indicator indicator,
      @Nullable RatingValue value,
      int position,
      Truncation out) {
    Optional<BandScale> bands = indicator.scale().accept(BAND_SCALE);
    List<DimensionRating> given = r.dimensions();
    Set<String> rated = new HashSet<>(capacity(given.size()));
    for (int j = 0; j < given.size(); j++) {
      DimensionRating d = given.get(j);
      String at = path(position, "/dimensions/" + j);
      if (bands.isEmpty()) {
        out.add(
            Severity.ERROR,
            () ->
                dimensionViolation(
                    at,
                    d.dimension(),
                    AssessmentMessages.dimensionWithoutBandScale(r.indicatorId(), d.dimension()),
                    r));
      } else if (r.state().accept(RATED_VALUE).isEmpty()) {
        out.add(
            Severity.ERROR,
            () ->
                dimensionViolation(
                    at,
                    d.dimension(),
                    AssessmentMessages.dimensionWithoutValue(r.indicatorId(), d.dimension()),
                    r));
      } else if (!hasDimension(bands.get(), d.dimension())) {
        out.add(
            Severity.ERROR,
            () ->
                dimensionViolation(
                    at + "/dimension",
                    d.dimension(),
                    AssessmentMessages.noSuchDimension(
                        r.indicatorId(), d.dimension(), codes(bands.get())),
                    r));
      } else if (!rated.add(d.dimension())) {
        out.add(
            Severity.ERROR,
            () ->
                dimensionViolation(
                    at + "/dimension",
                    d.dimension(),
                    AssessmentMessages.dimensionRatedTwice(r.indicatorId(), d.dimension()),
                    r));
      } else {
        Optional<Text> rejected = bands.get().reject(d.value());
        if (rejected.isPresent()) {
          out.add(
              Severity.ERROR,
              () ->
                  dimensionViolation(
                      at + "/value",
                      d.value().toString(),
                      AssessmentMessages.dimensionValueNotAllowed(
                          r.indicatorId(), d.dimension(), rejected.get()),
                      r));
        }
      }
    }
    if (rubric.requiresEveryDimension()
        && bands.isPresent()
        && value != null
        && value.asNumber().orElseThrow().signum() > 0) {
      List<String> missing = new ArrayList<>();
      for (Dimension dim : bands.get().dimensions()) {
        if (!rated.contains(dim.code())) {
          missing.add(dim.code());
        }
      }
      if (!missing.isEmpty()) {
        out.add(
            Severity.ERROR,
            () ->
                new Violation(
                    path(position, "/dimensions"),
                    EVERY_DIMENSION_RATED,
                    String.join(", ", missing),
                    AssessmentMessages.dimensionsNotRated(
                        r.indicatorId(), value.toString(), missing),
                    r.indicatorId()));
      }
    }
  }

  private static Violation dimensionViolation(String path, String value, Text message, Rating r) {
    return new Violation(path, DIMENSION_VALID, value, message, r.indicatorId());
  }

  private static boolean hasDimension(BandScale scale, String code) {
    for (Dimension d : scale.dimensions()) {
      if (d.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> codes(BandScale scale) {
    List<String> out = new ArrayList<>(scale.dimensions().size());
    for (Dimension d : scale.dimensions()) {
      out.add(d.code());
    }
    return out;
  }

  /** {@return the pointer to a field of the rating at a position}, built only for a violation */
  private static String path(int position, String field) {
    return "/ratings/" + position + field;
  }

  /**
   * The indicators rated so far in one check: a bit per indicator of the rubric, by its position,
   * and the ids of indicators the rubric does not have (rare).
   */
  private static final class Rated {
    private final long[] bits;
    private @Nullable Set<String> unknown;

    Rated(int indicators) {
      this.bits = new long[(indicators >> 6) + 1];
    }

    /**
     * {@return whether the indicator at this position (or, at -1, of this id) was not rated yet}
     */
    boolean first(int position, String id) {
      if (position < 0) {
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        return unknown.add(id);
      }
      long bit = 1L << (position & 63);
      int word = position >>> 6;
      if ((bits[word] & bit) != 0) {
        return false;
      }
      bits[word] |= bit;
      return true;
    }
  }

  /** {@return a hash table capacity that holds this many entries without growing} */
  private static int capacity(int entries) {
    return entries * 4 / 3 + 1;
  }

  private static Violation duplicate(String path, String rule, String id) {
    return new Violation(path, rule, id, AssessmentMessages.idUsedTwice(id));
  }
}
