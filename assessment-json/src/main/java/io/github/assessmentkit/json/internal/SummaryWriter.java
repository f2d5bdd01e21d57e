package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.period;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.Outcome;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.internal.Messages;
import io.github.assessmentkit.json.DocumentFormat;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a summaries document: the rubric version, fiscal year and node ids once, then each summary
 * with one pair {@code [earned, possible]} of exact ratios per node ({@code null} earned when the
 * node does not apply) and its outcomes. Stateless; thread-safe.
 */
final class SummaryWriter {
  private SummaryWriter() {}

  /**
   * Checks that summaries can share one document: the same rubric version, fiscal year and nodes.
   *
   * @param summaries the summaries, at least one
   * @throws InvalidValueException naming the first organisation that differs from the first
   */
  static void check(List<OrganisationSummary> summaries) {
    if (summaries.isEmpty()) {
      throw new InvalidValueException(Messages.cannotBeBlank("summaries"));
    }
    OrganisationSummary first = summaries.get(0);
    for (OrganisationSummary s : summaries) {
      if (!s.rubric().equals(first.rubric())) {
        throw new InvalidValueException(
            CohortMessages.otherRubric(
                s.subjectId(), s.rubric().toString(), first.rubric().toString()));
      }
      if (!s.period().equals(first.period())) {
        throw new InvalidValueException(
            CohortMessages.otherPeriod(s.subjectId(), s.period().label(), first.period().label()));
      }
      if (!s.nodeIds().equals(first.nodeIds())) {
        throw new InvalidValueException(
            CohortMessages.otherNodes(s.subjectId(), first.rubric().toString()));
      }
    }
  }

  static void summaries(List<OrganisationSummary> summaries, JsonGenerator g) {
    OrganisationSummary first = summaries.get(0);
    g.writeStartObject();
    header(DocumentFormat.SUMMARIES, g);
    g.writeStringProperty("rubric", first.rubric().toString());
    period("period", first.period(), g);
    Writing.strings("nodes", first.nodeIds(), g);
    g.writeArrayPropertyStart("summaries");
    for (OrganisationSummary s : summaries) {
      g.writeStartObject();
      g.writeStringProperty("subject", s.subjectId());
      g.writeStringProperty("type", Obj.jsonName(s.type()));
      optional("province", s.province(), g);
      g.writeStringProperty("status", Obj.jsonName(s.status()));
      g.writeArrayPropertyStart("exact");
      for (String node : s.nodeIds()) {
        g.writeStartArray();
        Optional<Ratio> earned = s.earned(node);
        if (earned.isPresent()) {
          g.writeString(earned.get().toString());
        } else {
          g.writeNull();
        }
        g.writeString(s.possible(node).toString());
        g.writeEndArray();
      }
      g.writeEndArray();
      outcomes("levels", "ladder", "rung", s.levels(), g);
      outcomes("awards", "scheme", "tier", s.awards(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void outcomes(
      String name, String decision, String result, List<Outcome> outcomes, JsonGenerator g) {
    g.writeArrayPropertyStart(name);
    for (Outcome o : outcomes) {
      g.writeStartObject();
      g.writeStringProperty(decision, o.decisionId());
      optional(result, o.resultId(), g);
      if (o.undecided()) {
        g.writeBooleanProperty("undecided", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
