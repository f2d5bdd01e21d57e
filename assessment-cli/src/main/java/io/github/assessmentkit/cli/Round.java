package io.github.assessmentkit.cli;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.cohort.Admission;
import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.UnknownRubricException;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.InvalidAssessmentException;
import io.github.assessmentkit.validation.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run over the documents: each is read, checked against its rubric and scored, and either its
 * scorecard goes to the scorecards file and its summary to its cohort, or the document goes to the
 * rejects file with every problem found. Nothing is dropped: each document ends in exactly one of
 * the two files. For one thread.
 */
final class Round {
  /** Rule of the tool's own: the bytes of a document could not be read. */
  static final String RULE_UNREADABLE = "input.readable";

  /** Rule of the tool's own: the rubric the document names is not among the known ones. */
  static final String RULE_RUBRIC_KNOWN = "rubric.known";

  /** Rule of the tool's own: a round takes one assessment per organisation, rubric and year. */
  static final String RULE_ONE_PER_ORGANISATION = "round.one-per-organisation";

  /** Rule of the tool's own: scoring stopped on this document for another reason. */
  static final String RULE_SCORING = "scoring.failed";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final AssessmentJson json;
  private final RubricRegistry rubrics;
  private final Scorer scorer;
  private final Writer scorecards;
  private final Writer rejects;
  private final Map<Key, List<OrganisationSummary>> cohorts = new LinkedHashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Text> names = new HashMap<>();
  private long scored;
  private long rejected;

  /** The rubric version and fiscal year that make a cohort. */
  private record Key(RubricRef rubric, FiscalYear period) {}

  Round(
      AssessmentJson json,
      RubricRegistry rubrics,
      Scorer scorer,
      Writer scorecards,
      Writer rejects) {
    this.json = json;
    this.rubrics = rubrics;
    this.scorer = scorer;
    this.scorecards = scorecards;
    this.rejects = rejects;
  }

  /**
   * Handles one document.
   *
   * @param document the document
   * @throws UncheckedIOException if the scorecards or rejects file cannot be written
   */
  void accept(Document document) {
    Text unreadable = document.readError();
    if (unreadable != null) {
      reject(document, List.of(problem("", RULE_UNREADABLE, null, unreadable)));
      return;
    }
    Assessment assessment;
    try {
      assessment = json.readAssessment(document.bytes());
    } catch (JsonFormatException e) {
      reject(document, e.report().violations());
      return;
    }
    Rubric rubric;
    try {
      rubric = rubrics.get(assessment.rubric());
    } catch (UnknownRubricException e) {
      reject(
          document,
          List.of(problem("/rubric", RULE_RUBRIC_KNOWN, assessment.rubric().toString(), e.text())));
      return;
    }
    Scorecard card;
    OrganisationSummary summary;
    try {
      card = scorer.score(rubric, assessment);
      summary = OrganisationSummary.of(card);
    } catch (InvalidAssessmentException e) {
      reject(document, e.report().violations());
      return;
    } catch (AssessmentException e) {
      reject(document, List.of(problem("", RULE_SCORING, null, e.text())));
      return;
    } catch (RuntimeException e) {
      reject(
          document,
          List.of(problem("", RULE_SCORING, null, CliMessages.failed(String.valueOf(e)))));
      return;
    }
    Key key = new Key(card.rubric(), card.period());
    String subject = card.subject().id();
    if (!seen.add(key + "\u0000" + subject)) {
      reject(
          document,
          List.of(
              problem(
                  "/subject/id",
                  RULE_ONE_PER_ORGANISATION,
                  subject,
                  CliMessages.duplicate(subject, key.rubric().toString(), key.period()))));
      return;
    }
    line(scorecards, Compact.of(json.writeString(card)));
    cohorts.computeIfAbsent(key, k -> new ArrayList<>()).add(summary);
    names.putIfAbsent(subject, card.subject().name());
    scored++;
  }

  /** {@return the documents scored so far} */
  long scored() {
    return scored;
  }

  /** {@return the names of the organisations scored so far, by subject id, each as first seen} */
  Map<String, Text> names() {
    return Map.copyOf(names);
  }

  /** {@return the documents rejected so far} */
  long rejected() {
    return rejected;
  }

  /**
   * The cohorts of the run, one per rubric version and fiscal year, in the order their first
   * documents came.
   *
   * @param admission which summaries a cohort takes: final assessments only, or any status
   * @return the cohorts; each lists in {@link Cohort#leftOut()} the summaries it did not take
   */
  List<Cohort> cohorts(Admission admission) {
    List<Cohort> out = new ArrayList<>();
    cohorts.forEach(
        (key, summaries) ->
            out.add(Cohort.of(rubrics.get(key.rubric()), key.period(), summaries, admission)));
    return out;
  }

  private static Violation problem(String path, String rule, @Nullable String value, Text message) {
    return new Violation(path, rule, value, message, null, Severity.ERROR);
  }

  private void reject(Document document, List<Violation> violations) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("source", document.source());
    ArrayNode problems = line.putArray("problems");
    for (Violation v : violations) {
      ObjectNode p = problems.addObject();
      p.put("path", v.path());
      p.put("rule", v.rule());
      p.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
      if (v.value() != null) {
        p.put("value", v.value());
      }
      if (v.indicatorId() != null) {
        p.put("indicator", v.indicatorId());
      }
      ObjectNode message = p.putObject("message");
      if (v.message().th() != null) {
        message.put("th", v.message().th());
      }
      if (v.message().en() != null) {
        message.put("en", v.message().en());
      }
    }
    if (document.readError() == null) {
      try {
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(document.bytes()))
                .toString();
        line.put("document", text);
      } catch (CharacterCodingException e) {
        line.put("documentBase64", Base64.getEncoder().encodeToString(document.bytes()));
      }
    }
    line(rejects, MAPPER.writeValueAsString(line));
    rejected++;
  }

  private static void line(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
