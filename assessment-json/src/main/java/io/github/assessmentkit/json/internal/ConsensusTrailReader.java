package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.consensus.DecisionKind;
import io.github.assessmentkit.consensus.TrailEntry;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a consensus-trail document by hand, each mistake with its JSON Pointer and rule id, under
 * the codec's {@link io.github.assessmentkit.json.JsonLimits} (size, depth, string and number
 * length, array length, which bounds the entries, and the number of violations kept).
 *
 * <p>Rule ids of its own: {@code value.instant} (an {@code at} that is not an ISO-8601 instant in
 * UTC), {@code rating.one-state} (a {@code from} or {@code to} without exactly one of {@code
 * value}, {@code notApplicable} and {@code unknown}), {@code trail.append-only} (entries not
 * numbered from 1 without gaps, or a later decision that does not name exactly the entry it
 * supersedes), {@code trail.override-reason} (an override without a reason); the rest are the
 * codec's ({@code json.*}, {@code format.*}, {@code value.required}, {@code value.not-blank},
 * {@code value.one-of}, {@code value.rubric-ref}, {@code value.fiscal-year}, {@code
 * text.required}). Stateless; thread-safe.
 */
public final class ConsensusTrailReader {
  private ConsensusTrailReader() {}

  /**
   * Reads a trail.
   *
   * @param codec the codec, for the limits
   * @param bytes the document
   * @return the trail
   * @throws JsonFormatException if it cannot be read as a consensus trail
   */
  public static ConsensusTrail read(Codec codec, byte[] bytes) {
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj o = codec.root(bytes, DocumentFormat.CONSENSUS_TRAIL, issues);
    o.raw("format");
    o.raw("formatVersion");
    String subject = id(o, "subject");
    RubricRef rubric = AssessmentReader.rubricRef(o);
    FiscalYear period = AssessmentReader.period(o, "period");
    List<@Nullable String> assessments = o.strings("assessments");
    if (assessments != null) {
      for (int i = 0; i < assessments.size(); i++) {
        String a = assessments.get(i);
        if (a != null && a.isBlank()) {
          issues.add(o.path("assessments") + "/" + i, "value.not-blank", a, notBlank());
        }
      }
      if (o.has("assessments") && assessments.isEmpty()) {
        issues.add(o.path("assessments"), "value.required", null, VectorMessages.required());
      }
    }
    List<@Nullable TrailEntry> entries = o.objects("entries", ConsensusTrailReader::entry);
    Fields.require(o, "subject", "rubric", "period", "assessments", "entries");
    o.noRest();
    if (!issues.isEmpty()
        || subject == null
        || rubric == null
        || period == null
        || assessments == null
        || entries == null) {
      throw new JsonFormatException(issues.report());
    }
    try {
      return new ConsensusTrail(
          subject, rubric, period, CommonDocs.present(assessments), CommonDocs.present(entries));
    } catch (RuntimeException x) {
      Text why = x instanceof Bilingual b ? b.text() : Text.en(String.valueOf(x.getMessage()));
      issues.add(o.path("entries"), "trail.append-only", null, why);
      throw new JsonFormatException(issues.report());
    }
  }

  private static @Nullable TrailEntry entry(Obj e) {
    Issues issues = e.issues();
    Integer number = e.integer("number");
    if (number != null && number < 1) {
      issues.add(e.path("number"), "trail.append-only", number.toString(), numberFromOne());
      number = null;
    }
    String indicator = id(e, "indicator");
    DecisionKind decision = e.choice("decision", DecisionKind.class);
    String by = id(e, "by");
    Instant at = instant(e, "at");
    Obj fromObj = e.object("from");
    RatingState from = fromObj == null ? null : state(fromObj);
    Obj toObj = e.object("to");
    RatingState to = toObj == null ? null : state(toObj);
    CommonDocs.TextDoc reason = CommonDocs.text(e, "reason");
    Integer supersedes = e.integer("supersedes");
    Fields.require(e, "number", "indicator", "decision", "by", "at", "to");
    e.noRest();
    if (decision == DecisionKind.OVERRIDE && !e.has("reason")) {
      issues.add(e.path("reason"), "trail.override-reason", null, overrideReason());
      return null;
    }
    if (number == null
        || indicator == null
        || decision == null
        || by == null
        || at == null
        || to == null
        || (fromObj != null && from == null)
        || (e.has("reason") && reason == null)) {
      return null;
    }
    try {
      return new TrailEntry(
          number,
          indicator,
          decision,
          by,
          at,
          from,
          to,
          reason == null ? null : reason.toModel(),
          supersedes);
    } catch (RuntimeException x) {
      Text why = x instanceof Bilingual b ? b.text() : Text.en(String.valueOf(x.getMessage()));
      issues.add(e.path(), "trail.append-only", null, why);
      return null;
    }
  }

  /** Exactly one of {@code value}, {@code notApplicable} and {@code unknown}. */
  private static @Nullable RatingState state(Obj s) {
    int count =
        (s.has("value") ? 1 : 0) + (s.has("notApplicable") ? 1 : 0) + (s.has("unknown") ? 1 : 0);
    Object value = s.numberOrString("value");
    String na = s.string("notApplicable");
    Node unknown = s.raw("unknown");
    s.noRest();
    if (count != 1) {
      s.issues().add(s.path(), "rating.one-state", null, JsonMessages.ratingOneState());
      return null;
    }
    if (value instanceof BigDecimal d) {
      return new RatingState.Rated(RatingValue.of(d));
    }
    if (value instanceof String code) {
      if (code.isBlank()) {
        s.issues().add(s.path("value"), "value.not-blank", code, notBlank());
        return null;
      }
      return new RatingState.Rated(RatingValue.choice(code));
    }
    if (na != null) {
      if (na.isBlank()) {
        s.issues()
            .add(
                s.path("notApplicable"),
                "rating.not-applicable-reason",
                na,
                JsonMessages.notApplicableReason());
        return null;
      }
      return new RatingState.NotApplicable(na);
    }
    if (unknown != null) {
      if (unknown.isBoolean() && unknown.booleanValue()) {
        return new RatingState.Unknown(null);
      }
      if (unknown.isString()) {
        return new RatingState.Unknown(unknown.stringValue());
      }
      s.issues()
          .add(
              s.path("unknown"),
              "json.type",
              unknown.isValueNode() ? unknown.asString() : null,
              JsonMessages.type("true or a note", "true หรือข้อความ", Obj.kind(unknown)));
    }
    return null;
  }

  private static @Nullable String id(Obj o, String name) {
    String s = o.string(name);
    if (s != null && s.isBlank()) {
      o.issues().add(o.path(name), "value.not-blank", s, notBlank());
      return null;
    }
    return s;
  }

  private static @Nullable Instant instant(Obj o, String name) {
    String s = o.string(name);
    if (s == null) {
      return null;
    }
    try {
      if (!s.endsWith("Z")) {
        throw new DateTimeException("not in UTC");
      }
      return Instant.parse(s);
    } catch (DateTimeException x) {
      o.issues()
          .add(
              o.path(name),
              "value.instant",
              s,
              JsonMessages.unparsable(
                  "instant in UTC (YYYY-MM-DDTHH:MM:SSZ)",
                  "เวลาแบบ UTC (YYYY-MM-DDTHH:MM:SSZ)",
                  Show.value(s)));
      return null;
    }
  }

  private static Text notBlank() {
    return VectorMessages.notBlank();
  }

  private static Text numberFromOne() {
    return Text.of("ลำดับรายการเริ่มที่ 1", "entries are numbered from 1");
  }

  private static Text overrideReason() {
    return Text.of("การเปลี่ยนค่าต้องระบุเหตุผล", "an override needs a reason");
  }
}
