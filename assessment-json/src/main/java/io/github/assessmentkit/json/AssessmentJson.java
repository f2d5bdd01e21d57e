package io.github.assessmentkit.json;

import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.json.internal.Codec;
import io.github.assessmentkit.json.internal.GoldenVectorReader;
import io.github.assessmentkit.json.internal.MigrationReader;
import io.github.assessmentkit.json.internal.RubricDiffReader;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationReport;
import io.github.assessmentkit.results.SuggestionReport;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.validation.AssessmentValidator;
import io.github.assessmentkit.validation.ValidationReport;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes rubrics, assessments, scorecards and cohort summaries as JSON (UTF-8), and the
 * documents of a rubric's evolution: rubric diffs, migration mappings and migration reports, and an
 * organisation's history across fiscal years. The one entry point of the JSON format.
 *
 * <pre>{@code
 * AssessmentJson json = AssessmentJson.standard();
 * Assessment assessment = json.readAssessment(in);               // JsonFormatException if malformed
 * Scorecard card = Scorer.standard().score(rubric, assessment);  // InvalidAssessmentException if invalid
 * json.write(card, out);
 * Scorecard again = json.readScorecard(json.writeString(card)); // equal to card
 *
 * ValidationReport report = json.validateAssessment(rubric, in); // or check first and decide
 * }</pre>
 *
 * <p>Reading is strict JSON under {@link JsonLimits}: no comments, NaN, Infinity or duplicate keys;
 * every number is read exactly as a decimal and must be smaller in magnitude than 10^15 with at
 * most 20 decimal places. A document names its type and format version ({@link DocumentFormat}).
 * Unknown fields of a rubric, criterion, indicator, assessment, rating or piece of evidence are
 * kept and written back; anywhere else they are reported ({@code json.unknown-field}). A read never
 * throws a parser's own exception: every problem becomes a {@link JsonFormatException} whose report
 * names each place (a JSON Pointer), rule, value and reason in Thai and English.
 *
 * <p>Writing is stable: the same value always gives the same bytes, with fields in a fixed order,
 * two-space indentation, {@code \n} line ends, decimals as plain numbers and unknown fields last,
 * in name order. A codec writes only what it reads back: the scorecard of every rubric it reads
 * nests within its limit for scorecards, and a value whose document would pass {@link
 * JsonLimits#maxDocumentBytes()}, the nesting limit or {@link JsonLimits#maxStringLength()} is
 * refused while it is written, with an {@link io.github.assessmentkit.InvalidValueException} that
 * names the limit (see {@link JsonLimits}).
 *
 * <p>Scoring policies in a rubric document, on the rubric or on any criterion (which then holds for
 * its subtree), all optional: {@code "notApplicablePolicy"} is {@code "exclude-and-renormalise"},
 * {@code "exclude-from-maximum"}, {@code "count-as-met"}, or {@code {"countAt": 0.6}} to count a
 * not-applicable part at a fraction of its points; {@code "whenMissing"} and {@code "whenUnknown"}
 * are {@code "count-as-zero"}, {@code "exclude-and-renormalise"} or {@code "exclude-from-maximum"};
 * {@code "whenNothingCounts"} is {@code "not-applicable"}, {@code "met"} or {@code "not-met"}. A
 * rubric may add {@code "resultScale": {"name": {...}, "min": 0, "max": 5}}. What is not declared
 * is left out when written (on the rubric: what is the default, except the not-applicable policy,
 * which a rubric always states), so documents without them keep their bytes. The shipped schema
 * describes each.
 *
 * <p>A scorecard of a rubric with a result scale states its result on it: {@code "result":
 * {"scale": {"name": {...}, "min": 0, "max": 5}, "value": 3.75, "exact": "15/4"}}, where {@code
 * value} is {@code exact} rounded half-even to two places and {@code exact} lies from {@code min}
 * to {@code max} (else {@code result.value-matches-exact} or {@code result.exact-in-scale}). An
 * indicator line carries the dimension ratings given with its rating, {@code "dimensions":
 * [{"dimension": "D", "value": 45, "rationale": {...}}]} as in an assessment, and {@code
 * "cappedBy": "D"} when its weakest dimension capped it; {@code cappedBy} must name one of the
 * line's dimensions ({@code score-line.capped-by-dimension}). Each is left out when absent, so
 * scorecards without them keep their bytes.
 *
 * <p>Immutable and thread-safe; build one and share it.
 */
public final class AssessmentJson {
  private static final AssessmentJson STANDARD = new AssessmentJson(JsonLimits.DEFAULTS, null);

  private final JsonLimits limits;
  private final Codec codec;

  AssessmentJson(JsonLimits limits) {
    this(limits, null);
  }

  AssessmentJson(JsonLimits limits, @Nullable StrategyRegistry strategies) {
    this.limits = Checks.notNull(limits, "limits");
    this.codec = new Codec(limits, strategies);
  }

  /**
   * {@return the codec with the default limits, knowing the standard strategies and those {@link
   * java.util.ServiceLoader} finds}
   */
  public static AssessmentJson standard() {
    return STANDARD;
  }

  /**
   * Gives a codec with other read limits; the same as {@code builder().limits(limits).build()}.
   *
   * <pre>{@code
   * AssessmentJson json = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxNestingDepth(32));
   * }</pre>
   *
   * @param limits the read limits
   * @return the codec
   * @throws io.github.assessmentkit.MissingValueException if {@code limits} is null
   */
  public static AssessmentJson of(JsonLimits limits) {
    return builder().limits(limits).build();
  }

  /** {@return a builder, to change the limits} */
  public static AssessmentJsonBuilder builder() {
    return new AssessmentJsonBuilder();
  }

  /** {@return the read limits} */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * {@return the scoring strategies a rubric may name: those given to {@link
   * AssessmentJsonBuilder#strategies}, else the standard ones and those {@link
   * java.util.ServiceLoader} finds on the class path or module path (looked for once, on the first
   * use)}
   */
  public StrategyRegistry strategies() {
    return codec.strategies();
  }

  // ---- reading ----

  /**
   * Reads a rubric document. Besides its form, every strategy it names must be one of {@link
   * #strategies()} ({@code rubric.strategy-known}) and fit the criterion it scores ({@code
   * rubric.strategy-fits}), so that a rubric read is one the scorer accepts.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the rubric
   * @throws JsonFormatException if the document cannot be read as a rubric
   * @throws UncheckedIOException if the stream fails
   */
  public Rubric readRubric(InputStream in) {
    return codec.readRubric(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads a rubric document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the rubric
   * @throws JsonFormatException if the document cannot be read as a rubric
   */
  public Rubric readRubric(byte[] json) {
    return codec.readRubric(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a rubric document.
   *
   * @param json the document
   * @return the rubric
   * @throws JsonFormatException if the document cannot be read as a rubric
   */
  public Rubric readRubric(String json) {
    return codec.readRubric(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Reads an assessment document. The result is well formed; whether it fits its rubric is checked
   * by {@link AssessmentValidator} (and by the scorer).
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the assessment
   * @throws JsonFormatException if the document cannot be read as an assessment
   * @throws UncheckedIOException if the stream fails
   */
  public Assessment readAssessment(InputStream in) {
    return codec.readAssessment(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads an assessment document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the assessment
   * @throws JsonFormatException if the document cannot be read as an assessment
   */
  public Assessment readAssessment(byte[] json) {
    return codec.readAssessment(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads an assessment document.
   *
   * @param json the document
   * @return the assessment
   * @throws JsonFormatException if the document cannot be read as an assessment
   */
  public Assessment readAssessment(String json) {
    return codec.readAssessment(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Reads a scorecard document, as {@link #write(Scorecard, OutputStream)} writes it. Reading what
   * was written gives an equal scorecard, decimals with their scale ({@code 14.00} stays {@code
   * 14.00}). The document is read as it stands: its numbers are not scored again, only checked for
   * what every scorecard holds to (no node earns more than it could, coverage counts that add up)
   * and for agreeing with itself, node by node: its {@code percent} is its exact {@code fraction} ×
   * 100 rounded half-even to two places, 0.00 without a fraction ({@code
   * scorecard.percent-matches-fraction}); its parts' shown {@code possible} adds up to its own
   * where any part counts for more than 0 exactly ({@code scorecard.possible-adds-up}); and where
   * its exact earned points are the sum of its parts' (exact {@code fraction} × {@code
   * exactPossible}), its parts' shown {@code earned} adds up to its own ({@code
   * scorecard.earned-adds-up}). Not checked: the shown points of a node that is not the sum of its
   * parts (a lowest-part or holistic strategy), a shown value against its exact one (the
   * largest-remainder split may put a cent on either side), and anything that needs the rubric or
   * the assessment (a line's points against its rating, the total against the rubric's, the award
   * and ladder decisions).
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the scorecard
   * @throws JsonFormatException if the document cannot be read as a scorecard
   * @throws UncheckedIOException if the stream fails
   */
  public Scorecard readScorecard(InputStream in) {
    return codec.readScorecard(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads a scorecard document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the scorecard
   * @throws JsonFormatException if the document cannot be read as a scorecard
   */
  public Scorecard readScorecard(byte[] json) {
    return codec.readScorecard(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a scorecard document.
   *
   * @param json the document
   * @return the scorecard
   * @throws JsonFormatException if the document cannot be read as a scorecard
   * @see #readScorecard(InputStream)
   */
  public Scorecard readScorecard(String json) {
    return codec.readScorecard(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Reads a summaries document ({@link DocumentFormat#SUMMARIES}), as {@link #writeSummaries(List,
   * OutputStream)} writes it; reading what was written gives equal summaries. The document names
   * its rubric version, fiscal year and node ids once; each summary gives its subject, type,
   * optional province, optional status (its assessment's; absent reads as a draft, which a cohort
   * leaves out unless told otherwise), one pair {@code [earned, possible]} of exact ratios per node
   * ({@code null} earned when the node does not apply; else {@code summary.values-per-node} or
   * {@code summary.values-pair}) and the outcome of each ladder and award scheme. A value a summary
   * refuses (earned above possible, a repeated node or decision) is reported where it stands
   * ({@code value.consistent}). The summaries are not checked against a rubric here: {@link
   * io.github.assessmentkit.cohort.Cohort#of} does that. The read limits hold as for every
   * document: a summary of a rubric of 59 nodes takes about 3.5 KB written, so the default {@link
   * JsonLimits#maxDocumentBytes()} of 16 MiB holds about 4,500 of them; raise it to read more, up
   * to {@link JsonLimits#maxArrayLength()} summaries in one document.
   *
   * <pre>{@code
   * List<OrganisationSummary> summaries = json.readSummaries(in);
   * Cohort cohort = Cohort.of(rubric, FiscalYear.ofBuddhistEra(2567), summaries);
   * }</pre>
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the summaries, in the document's order
   * @throws JsonFormatException if the document cannot be read as summaries
   * @throws UncheckedIOException if the stream fails
   */
  public List<OrganisationSummary> readSummaries(InputStream in) {
    return codec.readSummaries(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads a summaries document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the summaries
   * @throws JsonFormatException if the document cannot be read as summaries
   * @see #readSummaries(InputStream)
   */
  public List<OrganisationSummary> readSummaries(byte[] json) {
    return codec.readSummaries(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a summaries document.
   *
   * @param json the document
   * @return the summaries
   * @throws JsonFormatException if the document cannot be read as summaries
   * @see #readSummaries(InputStream)
   */
  public List<OrganisationSummary> readSummaries(String json) {
    return codec.readSummaries(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Checks an assessment document against a rubric in one call: every structural problem, and every
   * violation of the rubric's rules ({@link AssessmentValidator}) by the parts of the document that
   * are well formed. A document that is not JSON, breaks a limit, or is of another type or version
   * gets that one problem. A rubric that names a strategy not among {@link #strategies()}, or gives
   * a criterion a strategy that does not fit it, is reported first, at {@code /rubric} ({@code
   * rubric.strategy-known}, {@code rubric.strategy-fits}). Never throws for a bad document.
   *
   * @param rubric the rubric the assessment should answer
   * @param in the document, UTF-8; read to its end, not closed
   * @return the report; valid when the assessment can be scored
   * @throws UncheckedIOException if the stream fails
   */
  public ValidationReport validateAssessment(Rubric rubric, InputStream in) {
    Checks.notNull(rubric, "rubric");
    try {
      return validate(rubric, codec.parsing().readAll(Checks.notNull(in, "in")));
    } catch (JsonFormatException e) {
      return e.report();
    }
  }

  /**
   * Checks an assessment document against a rubric in one call.
   *
   * @param rubric the rubric the assessment should answer
   * @param json the document
   * @return the report; valid when the assessment can be scored
   * @see #validateAssessment(Rubric, InputStream)
   */
  public ValidationReport validateAssessment(Rubric rubric, String json) {
    Checks.notNull(rubric, "rubric");
    try {
      return validate(rubric, codec.parsing().utf8(Checks.notNull(json, "json")));
    } catch (JsonFormatException e) {
      return e.report();
    }
  }

  /**
   * Checks an assessment document given as bytes against a rubric in one call, without copying
   * them.
   *
   * @param rubric the rubric the assessment should answer
   * @param json the document, UTF-8
   * @return the report; valid when the assessment can be scored
   * @see #validateAssessment(Rubric, InputStream)
   */
  public ValidationReport validateAssessment(Rubric rubric, byte[] json) {
    Checks.notNull(rubric, "rubric");
    try {
      return validate(rubric, codec.parsing().sized(Checks.notNull(json, "json")));
    } catch (JsonFormatException e) {
      return e.report();
    }
  }

  private ValidationReport validate(Rubric rubric, byte[] bytes) {
    return codec.validateAssessment(rubric, bytes);
  }

  /**
   * Reads a golden-vector document ({@link GoldenVector}) whose assessment is given in place. A
   * vector that refers to its assessment by a relative path needs its location: read it with {@link
   * GoldenVectors#read(java.nio.file.Path)} or {@link GoldenVectors#read(java.net.URL)}.
   *
   * @param json the document
   * @return the vector
   * @throws JsonFormatException if the document cannot be read as a golden vector, each problem
   *     with its JSON Pointer and rule id; the assessment's own problems under {@code /assessment}
   */
  public GoldenVector readGoldenVector(String json) {
    return GoldenVectorReader.read(codec, codec.parsing().utf8(Checks.notNull(json, "json")), null);
  }

  /**
   * Reads a golden-vector document given as bytes.
   *
   * @param json the document, UTF-8
   * @return the vector
   * @throws JsonFormatException if the document cannot be read as a golden vector
   * @see #readGoldenVector(String)
   */
  public GoldenVector readGoldenVector(byte[] json) {
    return GoldenVectorReader.read(
        codec, codec.parsing().sized(Checks.notNull(json, "json")), null);
  }

  /**
   * Reads a golden-vector document whose assessment is either in place or at a relative path opened
   * by {@code resolver}.
   *
   * @param json the document, UTF-8
   * @param resolver opens a referenced assessment file
   * @return the vector
   * @throws JsonFormatException if the document cannot be read as a golden vector
   */
  GoldenVector readGoldenVector(byte[] json, GoldenVectorReader.Resolver resolver) {
    return GoldenVectorReader.read(codec, codec.parsing().sized(json), resolver);
  }

  // ---- writing ----

  /**
   * Writes a rubric document.
   *
   * @param rubric the rubric
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(Rubric rubric, OutputStream out) {
    codec.write(Checks.notNull(rubric, "rubric"), out);
  }

  /**
   * Writes an assessment document.
   *
   * @param assessment the assessment
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(Assessment assessment, OutputStream out) {
    codec.write(Checks.notNull(assessment, "assessment"), out);
  }

  /**
   * Writes a scorecard document.
   *
   * @param scorecard the scorecard
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(Scorecard scorecard, OutputStream out) {
    codec.write(Checks.notNull(scorecard, "scorecard"), out);
  }

  /**
   * Writes a rubric document to a string.
   *
   * @param rubric the rubric
   * @return the document
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits})
   */
  public String writeString(Rubric rubric) {
    StringWriter out = new StringWriter();
    write(rubric, out);
    return out.toString();
  }

  /**
   * Writes a rubric document as characters, token by token to the writer: no copy of the whole
   * document is made.
   *
   * @param rubric the rubric
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(Rubric rubric, Writer out) {
    codec.write(Checks.notNull(rubric, "rubric"), Checks.notNull(out, "out"));
  }

  /**
   * Writes an assessment document to a string.
   *
   * @param assessment the assessment
   * @return the document
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits})
   */
  public String writeString(Assessment assessment) {
    StringWriter out = new StringWriter();
    write(assessment, out);
    return out.toString();
  }

  /**
   * Writes an assessment document as characters, token by token to the writer: no copy of the whole
   * document is made.
   *
   * @param assessment the assessment
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(Assessment assessment, Writer out) {
    codec.write(Checks.notNull(assessment, "assessment"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a scorecard document to a string.
   *
   * @param scorecard the scorecard
   * @return the document
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits})
   */
  public String writeString(Scorecard scorecard) {
    StringWriter out = new StringWriter();
    write(scorecard, out);
    return out.toString();
  }

  /**
   * Writes a scorecard document as characters, token by token to the writer: no copy of the whole
   * document is made.
   *
   * @param scorecard the scorecard
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(Scorecard scorecard, Writer out) {
    codec.write(Checks.notNull(scorecard, "scorecard"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a summaries document: summaries of one rubric version and fiscal year, in the order
   * given.
   *
   * @param summaries the summaries, at least one, all of one rubric version, fiscal year and set of
   *     nodes
   * @param out where to write UTF-8; flushed, not closed
   * @throws io.github.assessmentkit.InvalidValueException if there are none, or one differs from
   *     the first in rubric version, fiscal year or nodes (the message names it)
   * @throws UncheckedIOException if the stream fails
   */
  public void writeSummaries(List<OrganisationSummary> summaries, OutputStream out) {
    codec.writeSummaries(Checks.copy(summaries, "summaries"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a summaries document to a string.
   *
   * @param summaries the summaries
   * @return the document
   * @see #writeSummaries(List, OutputStream)
   */
  public String writeSummaries(List<OrganisationSummary> summaries) {
    StringWriter out = new StringWriter();
    codec.writeSummaries(Checks.copy(summaries, "summaries"), out);
    return out.toString();
  }

  /**
   * Writes a golden-vector document, its assessment in place.
   *
   * @param vector the vector
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(GoldenVector vector, OutputStream out) {
    codec.write(Checks.notNull(vector, "vector"), out);
  }

  /**
   * Writes a golden-vector document to a string; reading it back gives an equal vector.
   *
   * @param vector the vector
   * @return the document
   */
  public String writeString(GoldenVector vector) {
    StringWriter out = new StringWriter();
    codec.write(Checks.notNull(vector, "vector"), out);
    return out.toString();
  }

  // ---- rubric diffs ----

  /**
   * Reads a rubric diff document ({@link DocumentFormat#RUBRIC_DIFF}); reading what {@link
   * #writeString(RubricDiff)} wrote gives an equal value. Each change is an object with its {@code
   * kind} ({@code criterion-added}, {@code weight-changed}, ...) and both values ({@code before},
   * {@code after}), a value that is absent left out; criteria, indicators, areas, scales, ladders,
   * award schemes and provenance have the shapes of a rubric document.
   *
   * @param json the document
   * @return the rubric diff
   * @throws JsonFormatException if the document cannot be read as a rubric diff, each problem with
   *     its JSON Pointer and rule id
   */
  public RubricDiff readRubricDiff(String json) {
    return RubricDiffReader.read(codec, codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Reads a rubric diff document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the rubric diff
   * @throws JsonFormatException if the document cannot be read as a rubric diff
   * @see #readRubricDiff(String)
   */
  public RubricDiff readRubricDiff(byte[] json) {
    return RubricDiffReader.read(codec, codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a rubric diff document from a stream.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the rubric diff
   * @throws JsonFormatException if the document cannot be read as a rubric diff
   * @throws UncheckedIOException if the stream fails
   * @see #readRubricDiff(String)
   */
  public RubricDiff readRubricDiff(InputStream in) {
    return RubricDiffReader.read(codec, codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Writes a rubric diff document.
   *
   * @param diff the rubric diff
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(RubricDiff diff, OutputStream out) {
    codec.write(Checks.notNull(diff, "diff"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a rubric diff document as characters, token by token to the writer.
   *
   * @param diff the rubric diff
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(RubricDiff diff, Writer out) {
    codec.write(Checks.notNull(diff, "diff"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a rubric diff document to a string.
   *
   * @param diff the rubric diff
   * @return the document
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits})
   */
  public String writeString(RubricDiff diff) {
    StringWriter out = new StringWriter();
    write(diff, out);
    return out.toString();
  }

  // ---- migration mappings ----

  /**
   * Reads a migration mapping document ({@link DocumentFormat#MIGRATION_MAPPING}); reading what
   * {@link #writeString(MigrationMapping)} wrote gives an equal value. Each step is an object with
   * its {@code kind} ({@code rename}, {@code merge}, {@code split} or {@code drop}), its ids and,
   * for a merge, its {@code rule}; an id read by two steps, or written by two, is refused ({@code
   * mapping.unique-id}), as is a merge of fewer than two ids or a split into fewer than two ({@code
   * value.min-entries}).
   *
   * @param json the document
   * @return the migration mapping
   * @throws JsonFormatException if the document cannot be read as a migration mapping, each problem
   *     with its JSON Pointer and rule id
   */
  public MigrationMapping readMigrationMapping(String json) {
    return MigrationReader.mapping(codec, codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Reads a migration mapping document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the migration mapping
   * @throws JsonFormatException if the document cannot be read as a migration mapping
   * @see #readMigrationMapping(String)
   */
  public MigrationMapping readMigrationMapping(byte[] json) {
    return MigrationReader.mapping(codec, codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a migration mapping document from a stream.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the migration mapping
   * @throws JsonFormatException if the document cannot be read as a migration mapping
   * @throws UncheckedIOException if the stream fails
   * @see #readMigrationMapping(String)
   */
  public MigrationMapping readMigrationMapping(InputStream in) {
    return MigrationReader.mapping(codec, codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Writes a migration mapping document.
   *
   * @param mapping the migration mapping
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(MigrationMapping mapping, OutputStream out) {
    codec.write(Checks.notNull(mapping, "mapping"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a migration mapping document as characters, token by token to the writer.
   *
   * @param mapping the migration mapping
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(MigrationMapping mapping, Writer out) {
    codec.write(Checks.notNull(mapping, "mapping"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a migration mapping document to a string.
   *
   * @param mapping the migration mapping
   * @return the document
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits})
   */
  public String writeString(MigrationMapping mapping) {
    StringWriter out = new StringWriter();
    write(mapping, out);
    return out.toString();
  }

  // ---- migration reports ----

  /**
   * Reads a migration report document ({@link DocumentFormat#MIGRATION_REPORT}); reading what
   * {@link #writeString(MigrationReport)} wrote gives an equal value. Each entry has its {@code
   * outcome}, {@code fromIds}, {@code toId} (left out for a dropped rating) and bilingual {@code
   * reason}.
   *
   * @param json the document
   * @return the migration report
   * @throws JsonFormatException if the document cannot be read as a migration report, each problem
   *     with its JSON Pointer and rule id
   */
  public MigrationReport readMigrationReport(String json) {
    return MigrationReader.report(codec, codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Reads a migration report document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the migration report
   * @throws JsonFormatException if the document cannot be read as a migration report
   * @see #readMigrationReport(String)
   */
  public MigrationReport readMigrationReport(byte[] json) {
    return MigrationReader.report(codec, codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a migration report document from a stream.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the migration report
   * @throws JsonFormatException if the document cannot be read as a migration report
   * @throws UncheckedIOException if the stream fails
   * @see #readMigrationReport(String)
   */
  public MigrationReport readMigrationReport(InputStream in) {
    return MigrationReader.report(codec, codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Writes a migration report document.
   *
   * @param report the migration report
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(MigrationReport report, OutputStream out) {
    codec.write(Checks.notNull(report, "report"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a migration report document as characters, token by token to the writer.
   *
   * @param report the migration report
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits}); what was written
   *     before is not a whole document
   */
  public void write(MigrationReport report, Writer out) {
    codec.write(Checks.notNull(report, "report"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a migration report document to a string.
   *
   * @param report the migration report
   * @return the document
   * @throws io.github.assessmentkit.InvalidValueException if the document would be larger, nest
   *     deeper or hold a longer string than this codec reads ({@link JsonLimits})
   */
  public String writeString(MigrationReport report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /**
   * Reads a consensus-trail document, as {@link #write(ConsensusTrail, OutputStream)} writes it,
   * under this codec's limits. The trail is checked to be append-only (entries numbered from 1
   * without gaps, each later decision naming the one it supersedes); whether it fits a panel is
   * checked by {@link io.github.assessmentkit.consensus.Reconciliation#resume}.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the trail
   * @throws JsonFormatException if the document cannot be read as a consensus trail, each problem
   *     with its JSON Pointer and rule id
   * @throws UncheckedIOException if the stream fails
   */
  public ConsensusTrail readConsensusTrail(InputStream in) {
    return codec.readConsensusTrail(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads a consensus-trail document given as bytes.
   *
   * @param json the document, UTF-8
   * @return the trail
   * @throws JsonFormatException if the document cannot be read as a consensus trail
   * @see #readConsensusTrail(InputStream)
   */
  public ConsensusTrail readConsensusTrail(byte[] json) {
    return codec.readConsensusTrail(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a consensus-trail document.
   *
   * @param json the document
   * @return the trail
   * @throws JsonFormatException if the document cannot be read as a consensus trail
   * @see #readConsensusTrail(InputStream)
   */
  public ConsensusTrail readConsensusTrail(String json) {
    return codec.readConsensusTrail(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Writes a consensus-trail document.
   *
   * @param trail the trail
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public void write(ConsensusTrail trail, OutputStream out) {
    codec.write(Checks.notNull(trail, "trail"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a consensus-trail document as characters, token by token to the writer.
   *
   * @param trail the trail
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   */
  public void write(ConsensusTrail trail, Writer out) {
    codec.write(Checks.notNull(trail, "trail"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a consensus-trail document to a string; reading it back gives an equal trail.
   *
   * @param trail the trail
   * @return the document
   */
  public String writeString(ConsensusTrail trail) {
    StringWriter out = new StringWriter();
    write(trail, out);
    return out.toString();
  }

  // ---- histories ----

  /**
   * Reads a history document ({@link DocumentFormat#HISTORY}), as {@link #write(History,
   * OutputStream)} writes it, under this codec's limits; reading what {@link #writeString(History)}
   * wrote gives an equal history. The document holds the history as computed (series, directions,
   * flags), so reading it needs neither the rubrics nor the scorecards.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the history
   * @throws JsonFormatException if the document cannot be read as a history, each problem with its
   *     JSON Pointer and rule id
   * @throws UncheckedIOException if the stream fails
   */
  public History readHistory(InputStream in) {
    return codec.readHistory(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads a history document given as bytes, without copying them.
   *
   * @param json the document, UTF-8
   * @return the history
   * @throws JsonFormatException if the document cannot be read as a history
   * @see #readHistory(InputStream)
   */
  public History readHistory(byte[] json) {
    return codec.readHistory(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a history document.
   *
   * @param json the document
   * @return the history
   * @throws JsonFormatException if the document cannot be read as a history
   * @see #readHistory(InputStream)
   */
  public History readHistory(String json) {
    return codec.readHistory(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Writes a history document.
   *
   * @param history the history
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public void write(History history, OutputStream out) {
    codec.write(Checks.notNull(history, "history"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a history document as characters, token by token to the writer.
   *
   * @param history the history
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   */
  public void write(History history, Writer out) {
    codec.write(Checks.notNull(history, "history"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a history document to a string; reading it back gives an equal history.
   *
   * @param history the history
   * @return the document
   */
  public String writeString(History history) {
    StringWriter out = new StringWriter();
    write(history, out);
    return out.toString();
  }

  /**
   * Reads an action-plan document, as {@link #write(ActionPlan, OutputStream)} writes it, under
   * this codec's limits. Two actions with one id, a target without exactly one of percent, band and
   * level, or a quarter outside 1 to 4 are refused.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the plan
   * @throws JsonFormatException if the document cannot be read as an action plan, each problem with
   *     its JSON Pointer and rule id
   * @throws UncheckedIOException if the stream fails
   */
  public ActionPlan readActionPlan(InputStream in) {
    return codec.readActionPlan(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads an action-plan document given as bytes.
   *
   * @param json the document, UTF-8
   * @return the plan
   * @throws JsonFormatException if the document cannot be read as an action plan
   * @see #readActionPlan(InputStream)
   */
  public ActionPlan readActionPlan(byte[] json) {
    return codec.readActionPlan(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads an action-plan document.
   *
   * @param json the document
   * @return the plan
   * @throws JsonFormatException if the document cannot be read as an action plan
   * @see #readActionPlan(InputStream)
   */
  public ActionPlan readActionPlan(String json) {
    return codec.readActionPlan(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Writes an action-plan document.
   *
   * @param plan the plan
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public void write(ActionPlan plan, OutputStream out) {
    codec.write(Checks.notNull(plan, "plan"), Checks.notNull(out, "out"));
  }

  /**
   * Writes an action-plan document as characters, token by token to the writer.
   *
   * @param plan the plan
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   */
  public void write(ActionPlan plan, Writer out) {
    codec.write(Checks.notNull(plan, "plan"), Checks.notNull(out, "out"));
  }

  /**
   * Writes an action-plan document to a string; reading it back gives an equal plan.
   *
   * @param plan the plan
   * @return the document
   */
  public String writeString(ActionPlan plan) {
    StringWriter out = new StringWriter();
    write(plan, out);
    return out.toString();
  }

  /**
   * Reads a plan-review document, as {@link #write(PlanReview, OutputStream)} writes it, under this
   * codec's limits. The summary must be what the results add up to.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the review
   * @throws JsonFormatException if the document cannot be read as a plan review, each problem with
   *     its JSON Pointer and rule id
   * @throws UncheckedIOException if the stream fails
   */
  public PlanReview readPlanReview(InputStream in) {
    return codec.readPlanReview(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads a plan-review document given as bytes.
   *
   * @param json the document, UTF-8
   * @return the review
   * @throws JsonFormatException if the document cannot be read as a plan review
   * @see #readPlanReview(InputStream)
   */
  public PlanReview readPlanReview(byte[] json) {
    return codec.readPlanReview(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a plan-review document.
   *
   * @param json the document
   * @return the review
   * @throws JsonFormatException if the document cannot be read as a plan review
   * @see #readPlanReview(InputStream)
   */
  public PlanReview readPlanReview(String json) {
    return codec.readPlanReview(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Writes a plan-review document.
   *
   * @param review the review
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public void write(PlanReview review, OutputStream out) {
    codec.write(Checks.notNull(review, "review"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a plan-review document as characters, token by token to the writer.
   *
   * @param review the review
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   */
  public void write(PlanReview review, Writer out) {
    codec.write(Checks.notNull(review, "review"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a plan-review document to a string; reading it back gives an equal review.
   *
   * @param review the review
   * @return the document
   */
  public String writeString(PlanReview review) {
    StringWriter out = new StringWriter();
    write(review, out);
    return out.toString();
  }

  /**
   * Reads a result-suggestions document, as {@link #write(SuggestionReport, OutputStream)} writes
   * it, under this codec's limits. The reading's source and whether it is verified are checked to
   * be there, and not kept.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the report
   * @throws JsonFormatException if the document cannot be read as result suggestions, each problem
   *     with its JSON Pointer and rule id
   * @throws UncheckedIOException if the stream fails
   */
  public SuggestionReport readSuggestions(InputStream in) {
    return codec.readSuggestions(codec.parsing().readAll(Checks.notNull(in, "in")));
  }

  /**
   * Reads a result-suggestions document given as bytes.
   *
   * @param json the document, UTF-8
   * @return the report
   * @throws JsonFormatException if the document cannot be read as result suggestions
   * @see #readSuggestions(InputStream)
   */
  public SuggestionReport readSuggestions(byte[] json) {
    return codec.readSuggestions(codec.parsing().sized(Checks.notNull(json, "json")));
  }

  /**
   * Reads a result-suggestions document.
   *
   * @param json the document
   * @return the report
   * @throws JsonFormatException if the document cannot be read as result suggestions
   * @see #readSuggestions(InputStream)
   */
  public SuggestionReport readSuggestions(String json) {
    return codec.readSuggestions(codec.parsing().utf8(Checks.notNull(json, "json")));
  }

  /**
   * Writes a result-suggestions document.
   *
   * @param report the report
   * @param out where to write UTF-8; flushed, not closed
   * @throws UncheckedIOException if the stream fails
   */
  public void write(SuggestionReport report, OutputStream out) {
    codec.write(Checks.notNull(report, "report"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a result-suggestions document as characters, token by token to the writer.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   */
  public void write(SuggestionReport report, Writer out) {
    codec.write(Checks.notNull(report, "report"), Checks.notNull(out, "out"));
  }

  /**
   * Writes a result-suggestions document to a string; reading it back gives an equal report.
   *
   * @param report the report
   * @return the document
   */
  public String writeString(SuggestionReport report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  @Override
  public String toString() {
    return "AssessmentJson[" + limits + "]";
  }
}
