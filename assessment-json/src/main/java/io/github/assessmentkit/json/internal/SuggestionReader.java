package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Made.id;
import static io.github.assessmentkit.json.internal.Made.model;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.results.DimensionEvidence;
import io.github.assessmentkit.results.LetciDimension;
import io.github.assessmentkit.results.ResultSuggestion;
import io.github.assessmentkit.results.SuggestionReport;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a result-suggestions document by hand, each mistake with its JSON Pointer and rule id,
 * under the codec's {@link io.github.assessmentkit.json.JsonLimits}. The {@code reading} object
 * (the reading's source and whether it is verified) is informative: it must be there and is not
 * kept. Rule ids: {@code value.consistent} for what the model refuses (counts that do not fit,
 * dimensions not the four in order); the rest are the codec's. Stateless; thread-safe.
 */
public final class SuggestionReader {
  private SuggestionReader() {}

  /**
   * Reads a suggestion report.
   *
   * @param codec the codec, for the limits
   * @param bytes the document
   * @return the report
   * @throws JsonFormatException if it cannot be read as result suggestions
   */
  public static SuggestionReport read(Codec codec, byte[] bytes) {
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj o = codec.root(bytes, DocumentFormat.RESULT_SUGGESTIONS, issues);
    o.raw("format");
    o.raw("formatVersion");
    String assessment = id(o, "assessment");
    String subject = id(o, "subject");
    RubricRef rubric = AssessmentReader.rubricRef(o);
    FiscalYear period = AssessmentReader.period(o, "period");
    Obj reading = o.object("reading");
    if (reading != null) {
      reading.bool("verified");
      Made.text(reading, "source");
      Fields.require(reading, "verified", "source");
      reading.noRest();
    }
    List<@Nullable ResultSuggestion> suggestions =
        o.objects("suggestions", SuggestionReader::suggestion);
    Fields.require(o, "assessment", "subject", "rubric", "period", "reading", "suggestions");
    o.noRest();
    if (!issues.isEmpty()
        || assessment == null
        || subject == null
        || rubric == null
        || period == null
        || suggestions == null) {
      throw new JsonFormatException(issues.report());
    }
    SuggestionReport report =
        model(
            o,
            () ->
                new SuggestionReport(
                    assessment, subject, rubric, period, CommonDocs.present(suggestions)));
    if (report == null) {
      throw new JsonFormatException(issues.report());
    }
    return report;
  }

  private static @Nullable ResultSuggestion suggestion(Obj s) {
    String indicator = id(s, "indicator");
    // an absent list is null, not empty: it is reported as missing, and its elements are not asked
    List<@Nullable String> measures = s.has("measures") ? s.strings("measures") : null;
    Integer band = s.integer("band");
    Integer percent = s.integer("percent");
    List<@Nullable DimensionEvidence> dimensions =
        s.has("dimensions") ? s.objects("dimensions", SuggestionReader::dimension) : null;
    Text missing = Made.text(s, "missing");
    Fields.require(s, "indicator", "measures", "band", "percent", "dimensions");
    s.noRest();
    if (indicator == null
        || measures == null
        || measures.contains(null)
        || band == null
        || percent == null
        || dimensions == null
        || dimensions.contains(null)
        || (s.has("missing") && missing == null)) {
      return null;
    }
    List<String> ids = new ArrayList<>(CommonDocs.present(measures));
    List<DimensionEvidence> each = CommonDocs.present(dimensions);
    return model(s, () -> new ResultSuggestion(indicator, ids, band, percent, each, missing));
  }

  private static @Nullable DimensionEvidence dimension(Obj d) {
    String code = id(d, "dimension");
    Integer band = d.integer("band");
    Integer good = d.integer("good");
    Integer strong = d.integer("strong");
    Integer measures = d.integer("measures");
    Text evidence = Made.text(d, "evidence");
    Text toNext = Made.text(d, "toNext");
    Fields.require(d, "dimension", "band", "good", "strong", "measures", "evidence");
    d.noRest();
    LetciDimension dimension = null;
    for (LetciDimension each : LetciDimension.values()) {
      if (each.code().equals(code)) {
        dimension = each;
      }
    }
    if (code != null && dimension == null) {
      d.issues()
          .add(
              d.path("dimension"),
              "value.one-of",
              code,
              JsonMessages.oneOf(Show.value(code), List.of("Le", "T", "C", "I")));
      return null;
    }
    if (dimension == null
        || band == null
        || good == null
        || strong == null
        || measures == null
        || evidence == null
        || (d.has("toNext") && toNext == null)) {
      return null;
    }
    LetciDimension which = dimension;
    return model(
        d, () -> new DimensionEvidence(which, band, good, strong, measures, evidence, toNext));
  }
}
