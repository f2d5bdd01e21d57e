package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.actionplan.ActionPlan;
import io.github.assessmentkit.actionplan.PlanReview;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.GoldenVector;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.json.JsonLimits;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationReport;
import io.github.assessmentkit.results.SuggestionReport;
import io.github.assessmentkit.rubric.InvalidRubricException;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.StrategyRegistry;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.AssessmentValidator;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import io.github.assessmentkit.validation.internal.AssessmentRules;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the three document types. A read goes: bytes, one streaming pass into {@link
 * Node}s (syntax, encoding, limits and number ranges), type and format version, document records
 * (types and unknown fields), Jakarta constraints, and finally the model, whose constructors check
 * once more. Any problem ends the read with a {@link JsonFormatException} carrying every violation
 * found at that stage.
 *
 * <p>Immutable and thread-safe.
 */
public final class Codec {
  /** Rubrics, assessments and golden vectors: {@link JsonLimits#maxNestingDepth()} levels. */
  private final Parsing parsing;

  /** Scorecards: {@link JsonLimits#maxScorecardNestingDepth()} levels. */
  private final Parsing scorecards;

  private final @Nullable StrategyRegistry strategies;
  private volatile @Nullable Output output;
  private volatile @Nullable Output scorecardOutput;

  /**
   * Creates a codec that checks strategies against the standard ones and those {@link
   * java.util.ServiceLoader} finds. Cheap: what writing needs is made on the first write.
   *
   * @param limits the read limits
   */
  public Codec(JsonLimits limits) {
    this(limits, null);
  }

  /**
   * Creates a codec. Cheap: what writing needs is made on the first write.
   *
   * @param limits the read limits
   * @param strategies the strategies a rubric may name, or null for the standard ones and those
   *     {@link java.util.ServiceLoader} finds, looked for on the first use
   */
  public Codec(JsonLimits limits, @Nullable StrategyRegistry strategies) {
    this.parsing = new Parsing(limits);
    this.scorecards = new Parsing(limits, limits.maxScorecardNestingDepth());
    this.strategies = strategies;
  }

  /**
   * {@return the strategies a rubric may name}
   *
   * @throws io.github.assessmentkit.AssessmentException if none were given and two strategies found
   *     by {@link java.util.ServiceLoader} share an id (asked again on the next use)
   */
  public StrategyRegistry strategies() {
    StrategyRegistry given = strategies;
    return given != null ? given : discovered();
  }

  /** The standard strategies and those found by {@link java.util.ServiceLoader}, found once. */
  private static volatile @Nullable StrategyRegistry discovered;

  private static StrategyRegistry discovered() {
    StrategyRegistry found = discovered;
    if (found == null) {
      synchronized (Codec.class) {
        found = discovered;
        if (found == null) {
          found = StrategyRegistry.builder().addStandard().discover().build();
          discovered = found;
        }
      }
    }
    return found;
  }

  /**
   * What writing needs: the document writer, a generator setup for stable output whose nesting is
   * bounded as the reader of the same documents bounds it, and that bound.
   */
  private record Output(DocumentWriter writer, ObjectWriter json, int nesting) {
    static Output of(Parsing parsing) {
      JsonMapper mapper = parsing.mapper();
      DefaultIndenter indent = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(indent)
              .withArrayIndenter(indent);
      return new Output(
          new DocumentWriter(mapper), mapper.writer().with(pretty), parsing.nesting());
    }
  }

  private Output output() {
    Output o = output;
    if (o == null) {
      synchronized (this) {
        o = output;
        if (o == null) {
          o = Output.of(parsing);
          output = o;
        }
      }
    }
    return o;
  }

  /** What writing a scorecard needs: its nesting is bounded as a scorecard's reader bounds it. */
  private Output scorecardOutput() {
    Output o = scorecardOutput;
    if (o == null) {
      synchronized (this) {
        o = scorecardOutput;
        if (o == null) {
          o = Output.of(scorecards);
          scorecardOutput = o;
        }
      }
    }
    return o;
  }

  /** {@return the parser} */
  public Parsing parsing() {
    return parsing;
  }

  /**
   * Reads a rubric document.
   *
   * @param bytes the document
   * @return the rubric
   * @throws JsonFormatException if it cannot be read
   */
  public Rubric readRubric(byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(parsing.limits().maxViolations());
    Obj root = root(bytes, DocumentFormat.RUBRIC, issues);
    RubricDocs.RubricDoc doc = RubricReader.read(root);
    RubricReader.checkUniqueIds(doc, issues);
    Rubric early = early(issues, doc::toModel);
    Structure.check(doc, issues);
    stopIfAny(issues);
    Map<String, Where> idPaths = doc.idPaths();
    Rubric rubric = early != null ? early : build(issues, doc::toModel, idPaths);
    StrategyCheck.check(
        rubric,
        strategies(),
        "/defaultStrategy",
        id -> idPaths.getOrDefault(id, Where.ROOT).pointer(),
        id -> idPaths.getOrDefault(id, Where.ROOT).field("strategy").pointer(),
        issues);
    stopIfAny(issues);
    return rubric;
  }

  /**
   * Reads an assessment document.
   *
   * @param bytes the document
   * @return the assessment
   * @throws JsonFormatException if it cannot be read
   */
  public Assessment readAssessment(byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(parsing.limits().maxViolations());
    Obj root = root(bytes, DocumentFormat.ASSESSMENT, issues);
    AssessmentDocs.AssessmentDoc doc = AssessmentReader.read(root);
    Assessment early = early(issues, doc::toModel);
    Structure.check(doc, issues);
    stopIfAny(issues);
    return early != null ? early : build(issues, doc::toModel, Map.of());
  }

  /**
   * Reads a scorecard document.
   *
   * @param bytes the document
   * @return the scorecard
   * @throws JsonFormatException if it cannot be read
   */
  public Scorecard readScorecard(byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(parsing.limits().maxViolations());
    Obj root = root(bytes, DocumentFormat.SCORECARD, issues);
    ScorecardDocs.ScorecardDoc doc = ScorecardReader.read(root);
    Scorecard early = early(issues, doc::toModel);
    Structure.check(doc, issues);
    stopIfAny(issues);
    Scorecard scorecard = early != null ? early : build(issues, doc::toModel, Map.of());
    ScorecardConsistency.check(scorecard, issues);
    stopIfAny(issues);
    return scorecard;
  }

  /**
   * Reads a summaries document.
   *
   * @param bytes the document
   * @return the summaries, in the document's order
   * @throws JsonFormatException if it cannot be read
   */
  public List<OrganisationSummary> readSummaries(byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(parsing.limits().maxViolations());
    Obj root = root(bytes, DocumentFormat.SUMMARIES, issues);
    SummaryDocs.SummariesDoc doc = SummaryReader.read(root);
    List<OrganisationSummary> early = early(issues, doc::toModel);
    Structure.check(doc, issues);
    stopIfAny(issues);
    return early != null ? early : build(issues, doc::toModel, Map.of());
  }

  /**
   * Checks an assessment document against a rubric: every structural problem, and the rubric's
   * rules on every part that is well formed.
   *
   * @param rubric the rubric
   * @param bytes the document
   * @return the report
   */
  public ValidationReport validateAssessment(Rubric rubric, byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(parsing.limits().maxViolations());
    Obj root;
    try {
      root = root(bytes, DocumentFormat.ASSESSMENT, issues);
    } catch (JsonFormatException e) {
      return Issues.cap(e.report(), parsing.limits().maxViolations());
    }
    AssessmentDocs.AssessmentDoc doc = AssessmentReader.read(root);
    Structure.check(doc, issues);
    Issues scorable = new Issues(parsing.limits().maxViolations());
    StrategyCheck.check(
        rubric, strategies(), "/rubric", id -> "/rubric", id -> "/rubric", scorable);
    if (!scorable.isEmpty()) {
      // the rubric cannot score this assessment: said first, then what the document holds
      ValidationReport rest = validateReadable(rubric, doc, issues);
      List<Violation> all = new ArrayList<>(scorable.report().violations());
      all.addAll(rest.violations());
      return Issues.cap(new ValidationReport(all), parsing.limits().maxViolations());
    }
    return Issues.cap(validateReadable(rubric, doc, issues), parsing.limits().maxViolations());
  }

  /** Checks a read assessment document against a rubric, as {@link #validateAssessment} does. */
  private ValidationReport validateReadable(
      Rubric rubric, AssessmentDocs.AssessmentDoc doc, Issues issues) {
    int max = parsing.limits().maxViolations();
    if (issues.isEmpty()) {
      try {
        return AssessmentValidator.validate(rubric, doc.toModel(), max);
      } catch (Located e) {
        issues.add(e.path, "value.consistent", null, inconsistent(e));
      } catch (RuntimeException e) {
        issues.add("", "value.consistent", null, inconsistent(e));
      }
    }
    List<Integer> positions = new ArrayList<>();
    Assessment partial = PartialAssessment.of(doc, rubric.ref(), issues, positions);
    for (Violation v : AssessmentRules.check(rubric, partial, positions::get, max)) {
      issues.add(v);
    }
    return issues.report();
  }

  /**
   * Words a model's refusal: the refusal's own Thai when it carries its message in both languages
   * (every exception of the core does), its English message otherwise; the English is always the
   * refusal's {@code getMessage()}.
   */
  private static Text inconsistent(RuntimeException e) {
    Throwable t = e instanceof Located && e.getCause() != null ? e.getCause() : e;
    String english = String.valueOf(t.getMessage());
    String thai = t instanceof Bilingual b ? b.getMessage(Language.TH) : english;
    return JsonMessages.inconsistent(thai, english);
  }

  /**
   * Parses a document, checks its type and format version, and views its root as an object.
   *
   * @param bytes the document
   * @param expected the type it must be
   * @param issues where problems of its fields go
   * @return the root object
   * @throws JsonFormatException if it is not JSON, not an object, or of another type or version
   */
  Obj root(byte[] bytes, DocumentFormat expected, Issues issues) {
    Issues numbers = new Issues(parsing.limits().maxViolations());
    Node tree = (expected == DocumentFormat.SCORECARD ? scorecards : parsing).parse(bytes, numbers);
    if (!tree.isObject()) {
      issues.add("", "json.type", null, JsonMessages.notAnObject());
      stopIfAny(issues);
    }
    checkFormat(tree, expected, issues);
    stopIfAny(issues);
    stopIfAny(numbers);
    return Objects.requireNonNull(Obj.of(tree, Where.ROOT, issues, parsing));
  }

  private static void checkFormat(Node tree, DocumentFormat expected, Issues issues) {
    Node format = tree.get("format");
    if (format == null || format.isNull()) {
      issues.add("/format", "format.unknown", null, JsonMessages.formatMissing());
      return;
    }
    if (!format.isString()) {
      issues.add(
          "/format",
          "json.type",
          format.isValueNode() ? format.asString() : null,
          JsonMessages.type("a string", "ข้อความ (string)", Obj.kind(format)));
      return;
    }
    String name = format.stringValue();
    if (DocumentFormat.of(name).isEmpty()) {
      List<String> known = new ArrayList<>();
      for (DocumentFormat f : DocumentFormat.values()) {
        known.add(f.id());
      }
      issues.add(
          "/format", "format.unknown", name, JsonMessages.unknownFormat(Show.value(name), known));
      return;
    }
    if (!name.equals(expected.id())) {
      issues.add("/format", "format.unknown", name, JsonMessages.wrongFormat(name, expected.id()));
      return;
    }
    Node version = tree.get("formatVersion");
    if (version == null || version.isNull()) {
      issues.add("/formatVersion", "format.version", null, JsonMessages.versionMissing());
      return;
    }
    String shown =
        version.isString()
            ? "\"" + version.stringValue() + "\""
            : version.isValueNode() ? version.asString() : Obj.kind(version);
    if (!version.isNumber()) {
      issues.add("/formatVersion", "format.version", shown, JsonMessages.badVersion(shown));
      return;
    }
    BigDecimal v = version.decimalValue();
    if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 0) {
      issues.add("/formatVersion", "format.version", shown, JsonMessages.badVersion(shown));
    } else if (v.compareTo(BigDecimal.valueOf(DocumentFormat.VERSION)) > 0) {
      issues.add(
          "/formatVersion",
          "format.version",
          shown,
          JsonMessages.newerVersion(shown, DocumentFormat.VERSION));
    }
  }

  /**
   * Ends a read when anything was found.
   *
   * @param issues the problems found so far
   * @throws JsonFormatException carrying them, if there are any
   */
  static void stopIfAny(Issues issues) {
    if (!issues.isEmpty()) {
      throw new JsonFormatException(issues.report());
    }
  }

  // ---- writing ----

  /**
   * Writes a rubric.
   *
   * @param rubric the rubric
   * @param out the stream; flushed, not closed
   */
  public void write(Rubric rubric, OutputStream out) {
    Output o = output();
    write(rubric, o.writer()::rubric, o, out);
  }

  /**
   * Writes an assessment.
   *
   * @param assessment the assessment
   * @param out the stream; flushed, not closed
   */
  public void write(Assessment assessment, OutputStream out) {
    Output o = output();
    write(assessment, o.writer()::assessment, o, out);
  }

  /**
   * Writes a scorecard.
   *
   * @param scorecard the scorecard
   * @param out the stream; flushed, not closed
   */
  public void write(Scorecard scorecard, OutputStream out) {
    Output o = scorecardOutput();
    write(scorecard, o.writer()::scorecard, o, out);
  }

  /**
   * Writes summaries of one rubric version and fiscal year.
   *
   * @param summaries the summaries, at least one
   * @param out the stream; flushed, not closed
   * @throws io.github.assessmentkit.InvalidValueException if there are none, or they differ in
   *     rubric version, fiscal year or nodes
   */
  public void writeSummaries(List<OrganisationSummary> summaries, OutputStream out) {
    SummaryWriter.check(summaries);
    write(summaries, SummaryWriter::summaries, output(), out);
  }

  /**
   * Writes summaries of one rubric version and fiscal year as characters.
   *
   * @param summaries the summaries, at least one
   * @param out the writer; flushed, not closed
   * @throws io.github.assessmentkit.InvalidValueException if there are none, or they differ in
   *     rubric version, fiscal year or nodes
   */
  public void writeSummaries(List<OrganisationSummary> summaries, Writer out) {
    SummaryWriter.check(summaries);
    write(summaries, SummaryWriter::summaries, output(), out);
  }

  /**
   * Writes a golden vector, its assessment in place.
   *
   * @param vector the vector
   * @param out the stream; flushed, not closed
   */
  public void write(GoldenVector vector, OutputStream out) {
    Output o = output();
    write(vector, (v, g) -> GoldenVectorWriter.write(v, o.writer(), g), o, out);
  }

  /**
   * Writes a rubric as characters.
   *
   * @param rubric the rubric
   * @param out the writer; flushed, not closed
   */
  public void write(Rubric rubric, Writer out) {
    Output o = output();
    write(rubric, o.writer()::rubric, o, out);
  }

  /**
   * Writes an assessment as characters.
   *
   * @param assessment the assessment
   * @param out the writer; flushed, not closed
   */
  public void write(Assessment assessment, Writer out) {
    Output o = output();
    write(assessment, o.writer()::assessment, o, out);
  }

  /**
   * Writes a scorecard as characters.
   *
   * @param scorecard the scorecard
   * @param out the writer; flushed, not closed
   */
  public void write(Scorecard scorecard, Writer out) {
    Output o = scorecardOutput();
    write(scorecard, o.writer()::scorecard, o, out);
  }

  /**
   * Writes a golden vector as characters, its assessment in place.
   *
   * @param vector the vector
   * @param out the writer; flushed, not closed
   */
  public void write(GoldenVector vector, Writer out) {
    Output o = output();
    write(vector, (v, g) -> GoldenVectorWriter.write(v, o.writer(), g), o, out);
  }

  /**
   * Writes a rubric diff.
   *
   * @param diff the diff
   * @param out the stream; flushed, not closed
   */
  public void write(RubricDiff diff, OutputStream out) {
    Output o = output();
    write(diff, o.writer()::rubricDiff, o, out);
  }

  /**
   * Writes a rubric diff as characters.
   *
   * @param diff the diff
   * @param out the writer; flushed, not closed
   */
  public void write(RubricDiff diff, Writer out) {
    Output o = output();
    write(diff, o.writer()::rubricDiff, o, out);
  }

  /**
   * Writes a migration mapping.
   *
   * @param mapping the mapping
   * @param out the stream; flushed, not closed
   */
  public void write(MigrationMapping mapping, OutputStream out) {
    write(mapping, MigrationWriter::mapping, output(), out);
  }

  /**
   * Writes a migration mapping as characters.
   *
   * @param mapping the mapping
   * @param out the writer; flushed, not closed
   */
  public void write(MigrationMapping mapping, Writer out) {
    write(mapping, MigrationWriter::mapping, output(), out);
  }

  /**
   * Writes a migration report.
   *
   * @param report the report
   * @param out the stream; flushed, not closed
   */
  public void write(MigrationReport report, OutputStream out) {
    write(report, MigrationWriter::report, output(), out);
  }

  /**
   * Writes a migration report as characters.
   *
   * @param report the report
   * @param out the writer; flushed, not closed
   */
  public void write(MigrationReport report, Writer out) {
    write(report, MigrationWriter::report, output(), out);
  }

  /**
   * Reads a consensus-trail document.
   *
   * @param bytes the document
   * @return the trail
   * @throws JsonFormatException if it cannot be read
   */
  public ConsensusTrail readConsensusTrail(byte[] bytes) {
    return ConsensusTrailReader.read(this, bytes);
  }

  /**
   * Writes a consensus trail.
   *
   * @param trail the trail
   * @param out where to write UTF-8
   */
  public void write(ConsensusTrail trail, OutputStream out) {
    Output o = output();
    write(trail, ConsensusTrailWriter::write, o, out);
  }

  /**
   * Writes a consensus trail as characters.
   *
   * @param trail the trail
   * @param out where to write
   */
  public void write(ConsensusTrail trail, Writer out) {
    Output o = output();
    write(trail, ConsensusTrailWriter::write, o, out);
  }

  /**
   * Reads a history document.
   *
   * @param bytes the document
   * @return the history
   * @throws JsonFormatException if it cannot be read
   */
  public History readHistory(byte[] bytes) {
    return HistoryReader.read(this, bytes);
  }

  /**
   * Writes a history.
   *
   * @param history the history
   * @param out where to write UTF-8
   */
  public void write(History history, OutputStream out) {
    write(history, HistoryWriter::write, output(), out);
  }

  /**
   * Writes a history as characters.
   *
   * @param history the history
   * @param out where to write
   */
  public void write(History history, Writer out) {
    write(history, HistoryWriter::write, output(), out);
  }

  /**
   * Reads an action-plan document.
   *
   * @param bytes the document
   * @return the plan
   * @throws JsonFormatException if it cannot be read
   */
  public ActionPlan readActionPlan(byte[] bytes) {
    return ActionPlanReader.readPlan(this, bytes);
  }

  /**
   * Writes an action plan.
   *
   * @param plan the plan
   * @param out where to write UTF-8
   */
  public void write(ActionPlan plan, OutputStream out) {
    write(plan, ActionPlanWriter::write, output(), out);
  }

  /**
   * Writes an action plan as characters.
   *
   * @param plan the plan
   * @param out where to write
   */
  public void write(ActionPlan plan, Writer out) {
    write(plan, ActionPlanWriter::write, output(), out);
  }

  /**
   * Reads a plan-review document.
   *
   * @param bytes the document
   * @return the review
   * @throws JsonFormatException if it cannot be read
   */
  public PlanReview readPlanReview(byte[] bytes) {
    return ActionPlanReader.readReview(this, bytes);
  }

  /**
   * Writes a plan review.
   *
   * @param review the review
   * @param out where to write UTF-8
   */
  public void write(PlanReview review, OutputStream out) {
    write(review, ActionPlanWriter::write, output(), out);
  }

  /**
   * Writes a plan review as characters.
   *
   * @param review the review
   * @param out where to write
   */
  public void write(PlanReview review, Writer out) {
    write(review, ActionPlanWriter::write, output(), out);
  }

  /**
   * Reads a result-suggestions document.
   *
   * @param bytes the document
   * @return the report
   * @throws JsonFormatException if it cannot be read
   */
  public SuggestionReport readSuggestions(byte[] bytes) {
    return SuggestionReader.read(this, bytes);
  }

  /**
   * Writes result suggestions.
   *
   * @param report the report
   * @param out where to write UTF-8
   */
  public void write(SuggestionReport report, OutputStream out) {
    write(report, SuggestionWriter::write, output(), out);
  }

  /**
   * Writes result suggestions as characters.
   *
   * @param report the report
   * @param out where to write
   */
  public void write(SuggestionReport report, Writer out) {
    write(report, SuggestionWriter::write, output(), out);
  }

  /**
   * Writes token by token to the caller's writer, so no copy of the whole document is made; stops
   * as soon as the document passes the byte limit or its nesting limit.
   */
  private <T> void write(T value, BiConsumer<T, JsonGenerator> how, Output o, Writer out) {
    Objects.requireNonNull(value, "value cannot be null");
    Objects.requireNonNull(out, "out cannot be null");
    LimitedWriter sink = new LimitedWriter(out, parsing.limits().maxDocumentBytes());
    try (JsonGenerator g = o.json().createGenerator(sink)) {
      how.accept(value, new LimitedStrings(g, parsing.limits().maxStringLength()));
      g.writeRaw('\n');
    } catch (StreamConstraintsException e) {
      throw new InvalidValueException(JsonMessages.writtenTooDeep(o.nesting()), e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  private <T> void write(T value, BiConsumer<T, JsonGenerator> how, Output o, OutputStream out) {
    Objects.requireNonNull(value, "value cannot be null");
    Objects.requireNonNull(out, "out cannot be null");
    LimitedStream sink = new LimitedStream(out, parsing.limits().maxDocumentBytes());
    try (JsonGenerator g = o.json().createGenerator(sink, JsonEncoding.UTF8)) {
      how.accept(value, new LimitedStrings(g, parsing.limits().maxStringLength()));
      g.writeRaw('\n');
    } catch (StreamConstraintsException e) {
      throw new InvalidValueException(JsonMessages.writtenTooDeep(o.nesting()), e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Refuses a string or a property name longer than the reader of the same codec takes, before it
   * is written.
   */
  private static final class LimitedStrings extends JsonGeneratorDelegate {
    private final int max;

    LimitedStrings(JsonGenerator g, int max) {
      super(g, true);
      this.max = max;
    }

    @Override
    public JsonGenerator writeString(@Nullable String text) {
      if (text != null && text.length() > max) {
        throw new InvalidValueException(JsonMessages.writtenStringTooLong(max));
      }
      return super.writeString(text);
    }

    @Override
    public JsonGenerator writeName(String name) {
      if (name.length() > max) {
        throw new InvalidValueException(JsonMessages.writtenStringTooLong(max));
      }
      return super.writeName(name);
    }
  }

  /**
   * Passes characters on to the caller's writer while counting the bytes of UTF-8 they make, and
   * refuses the chunk that would take the document past the byte limit; keeps the caller's writer
   * open when the generator closes. A single character or a string reaches {@link #write(char[],
   * int, int)} through {@link Writer}'s own methods, so every chunk is counted in one place.
   */
  private static final class LimitedWriter extends Writer {
    private final Writer out;
    private final long max;
    private long bytes;

    LimitedWriter(Writer out, long max) {
      this.out = out;
      this.max = max;
    }

    @Override
    public void write(char[] chars, int off, int len) throws java.io.IOException {
      long n = bytes;
      for (int i = off; i < off + len; i++) {
        n += utf8Bytes(chars[i]);
      }
      passes(n, max);
      bytes = n;
      out.write(chars, off, len);
    }

    /** The bytes of UTF-8 a character makes; a surrogate pair makes four, two for each half. */
    private static int utf8Bytes(char c) {
      return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }

    @Override
    public void flush() throws java.io.IOException {
      out.flush();
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }

  /**
   * Passes bytes on to the caller's stream while counting them, and refuses the chunk that would
   * take the document past the byte limit; keeps the caller's stream open when the generator
   * closes.
   */
  private static final class LimitedStream extends OutputStream {
    private final OutputStream out;
    private final long max;
    private long bytes;

    LimitedStream(OutputStream out, long max) {
      this.out = out;
      this.max = max;
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      passes(bytes + len, max);
      bytes += len;
      out.write(b, off, len);
    }

    /** One byte, counted as a chunk of one: the generator writes whole chunks. */
    @Override
    public void write(int b) throws java.io.IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws java.io.IOException {
      out.flush();
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }

  /** Refuses a document that would be longer than the reader of the same codec takes. */
  private static void passes(long bytes, long max) {
    if (bytes > max) {
      throw new InvalidValueException(JsonMessages.writtenTooLarge(max));
    }
  }

  /**
   * Describes the codec for messages.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Codec[" + parsing.limits() + "]";
  }

  /**
   * Builds the model before the Jakarta constraints are checked, so that a first read does this
   * work while the validator is still being built. The result counts only if the check then finds
   * nothing; any refusal here is dropped, and {@link #build} makes the model again to report it as
   * before.
   *
   * @param <T> the model type
   * @param issues the problems the reader found
   * @param build builds the model
   * @return the model, or null when the reader found problems or the model refused a value
   */
  private static <T> @Nullable T early(Issues issues, Supplier<T> build) {
    if (!issues.isEmpty()) {
      return null;
    }
    try {
      return build.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Builds the model from checked document records; a value the model's constructors still refuse
   * becomes a violation at the place it came from, and nothing half-built is returned.
   *
   * @param <T> the model type
   * @param issues the problems found so far (none)
   * @param build builds the model
   * @param idPaths where each criterion, indicator, ladder or scheme id stands, for rubric errors
   * @return the model
   * @throws JsonFormatException if the model refuses a value
   */
  static <T> T build(Issues issues, Supplier<T> build, Map<String, Where> idPaths) {
    try {
      return build.get();
    } catch (InvalidRubricException e) {
      issues.add(
          idPaths.getOrDefault(e.nodeId(), Where.ROOT).pointer(),
          "rubric.consistent",
          e.nodeId(),
          e.text());
    } catch (Located e) {
      issues.add(e.path, "value.consistent", null, inconsistent(e));
    } catch (RuntimeException e) {
      issues.add("", "value.consistent", null, inconsistent(e));
    }
    throw new JsonFormatException(issues.report());
  }
}
