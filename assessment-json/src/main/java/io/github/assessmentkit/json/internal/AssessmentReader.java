package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.json.internal.AssessmentDocs.AssessmentDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.AssessorDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.ComparisonDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.DimensionRatingDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.EvidenceDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.MeasureDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.ObservationDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.RatingDoc;
import io.github.assessmentkit.json.internal.AssessmentDocs.SubjectDoc;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads an assessment document into {@link AssessmentDocs} records, reporting each property of the
 * wrong type or unknown; also the pieces a scorecard shares with it (rubric reference, period,
 * subject).
 */
final class AssessmentReader {
  private AssessmentReader() {}

  static AssessmentDoc read(Obj o) {
    o.raw("format");
    o.raw("formatVersion");
    String id = o.string("id");
    Obj subject = o.object("subject");
    RubricRef ref = rubricRef(o);
    FiscalYear period = period(o, "period");
    AssessmentKind kind = o.choice("kind", AssessmentKind.class);
    AssessmentStatus status = o.choice("status", AssessmentStatus.class);
    String supersedes = o.string("supersedes");
    var assessors = o.objects("assessors", AssessmentReader::assessor);
    var ratings = o.objects("ratings", AssessmentReader::rating);
    var evidence = o.objects("evidence", AssessmentReader::evidence);
    var measures = o.objects("measures", AssessmentReader::measure);
    return new AssessmentDoc(
        id,
        subject == null ? null : subject(subject),
        ref,
        period,
        kind,
        status,
        supersedes,
        assessors,
        ratings,
        evidence,
        measures,
        o.rest());
  }

  static @Nullable RubricRef rubricRef(Obj o) {
    String s = o.string("rubric");
    if (s == null) {
      return null;
    }
    try {
      return RubricRef.parse(s);
    } catch (IllegalArgumentException e) {
      o.issues()
          .add(
              o.path("rubric"),
              "value.rubric-ref",
              s,
              JsonMessages.unparsable(
                  "rubric reference (id@version)", "การอ้างอิงเกณฑ์ (id@version)", Show.value(s)));
      return null;
    }
  }

  /**
   * Reads {@code {"era": "BE" | "CE", "fiscalYear": 2566}}.
   *
   * @param o the parent
   * @param name the property
   * @return the fiscal year, or null
   */
  static @Nullable FiscalYear period(Obj o, String name) {
    Obj p = o.object(name);
    if (p == null) {
      return null;
    }
    String era = p.string("era");
    Integer year = p.integer("fiscalYear");
    p.noRest();
    if (era != null && !era.equals("BE") && !era.equals("CE")) {
      p.issues()
          .add(
              p.path("era"),
              "value.one-of",
              era,
              JsonMessages.oneOf(Show.value(era), List.of("BE", "CE")));
      return null;
    }
    if (era == null || year == null) {
      Fields.require(p, "era", "fiscalYear");
      return null;
    }
    try {
      return era.equals("BE") ? FiscalYear.ofBuddhistEra(year) : FiscalYear.ofCommonEra(year);
    } catch (IllegalArgumentException e) {
      p.issues()
          .add(
              p.path("fiscalYear"),
              "value.fiscal-year",
              year.toString(),
              Text.of(
                  "ปีงบประมาณ " + year + " (" + era + ") อยู่นอกช่วง ค.ศ. 1900 ถึง 9999",
                  "fiscal year " + year + " (" + era + ") lies outside 1900 to 9999 CE"));
      return null;
    }
  }

  static SubjectDoc subject(Obj s) {
    SubjectDoc d =
        new SubjectDoc(
            s.where(),
            s.string("id"),
            text(s, "name"),
            s.choice("type", OrganisationType.class),
            s.string("province"));
    s.noRest();
    return d;
  }

  private static AssessorDoc assessor(Obj a) {
    AssessorDoc d = new AssessorDoc(a.where(), a.string("id"), a.string("name"), a.string("role"));
    a.noRest();
    return d;
  }

  static RatingDoc rating(Obj r) {
    boolean hasValue = r.has("value");
    boolean hasReason = r.has("notApplicable");
    boolean hasUnknown = r.has("unknown");
    if ((hasValue ? 1 : 0) + (hasReason ? 1 : 0) + (hasUnknown ? 1 : 0) != 1) {
      List<String> states = new ArrayList<>();
      if (hasValue) {
        states.add("value");
      }
      if (hasReason) {
        states.add("notApplicable");
      }
      if (hasUnknown) {
        states.add("unknown");
      }
      r.issues()
          .add(
              r.path(),
              "rating.one-state",
              states.isEmpty() ? null : String.join(", ", states),
              JsonMessages.ratingOneState());
    }
    Object value = r.numberOrString("value");
    String na = r.string("notApplicable");
    if (na != null && na.isBlank()) {
      r.issues()
          .add(
              r.path("notApplicable"),
              "rating.not-applicable-reason",
              na,
              JsonMessages.notApplicableReason());
      na = null;
    }
    Object unknown = null;
    Node u = r.raw("unknown");
    if (u != null) {
      if (u.isBoolean() && u.booleanValue()) {
        unknown = Boolean.TRUE;
      } else if (u.isString()) {
        unknown = u.stringValue();
      } else {
        r.issues()
            .add(
                r.path("unknown"),
                "json.type",
                u.isValueNode() ? u.asString() : null,
                JsonMessages.type("true or a note", "true หรือบันทึก", Obj.kind(u)));
      }
    }
    return new RatingDoc(
        r.where(),
        r.string("indicator"),
        value,
        na,
        unknown,
        r.string("rationale"),
        r.strings("evidence"),
        r.strings("strengths"),
        r.strings("improvements"),
        r.string("assessor"),
        r.objects("dimensions", AssessmentReader::dimension),
        r.rest());
  }

  /**
   * Reads {@code {"dimension": "D", "value": 45, "rationale": {...}}}, in a rating or in a
   * scorecard's indicator line.
   *
   * @param d the object
   * @return what it holds
   */
  static DimensionRatingDoc dimension(Obj d) {
    DimensionRatingDoc doc =
        new DimensionRatingDoc(
            d.where(), d.string("dimension"), d.decimal("value"), text(d, "rationale"));
    d.noRest();
    return doc;
  }

  private static EvidenceDoc evidence(Obj e) {
    URI location = null;
    String loc = e.string("location");
    if (loc != null) {
      try {
        location = new URI(loc);
      } catch (URISyntaxException x) {
        e.issues()
            .add(
                e.path("location"),
                "value.uri",
                loc,
                JsonMessages.unparsable("URI", "URI", Show.value(loc)));
      }
    }
    LocalDate from = null;
    LocalDate to = null;
    Obj effective = e.object("effective");
    if (effective != null) {
      from = date(effective, "from");
      to = date(effective, "to");
      Fields.require(effective, "from", "to");
      effective.noRest();
    }
    return new EvidenceDoc(
        e.where(),
        e.string("id"),
        e.choice("kind", EvidenceKind.class),
        e.string("title"),
        location,
        e.string("sha256"),
        date(e, "collectedOn"),
        from,
        to,
        date(e, "expiresOn"),
        e.string("owner"),
        e.string("note"),
        e.rest());
  }

  private static @Nullable LocalDate date(Obj o, String name) {
    String s = o.string(name);
    if (s == null) {
      return null;
    }
    try {
      return parseDate(s);
    } catch (DateTimeException x) {
      o.issues()
          .add(
              o.path(name),
              "value.date",
              s,
              JsonMessages.unparsable("date (YYYY-MM-DD)", "วันที่ (YYYY-MM-DD)", Show.value(s)));
      return null;
    }
  }

  /**
   * Reads a date exactly as the schema writes it: {@code YYYY-MM-DD} in ASCII digits, a four-digit
   * year with no sign, a month and a day of two digits each, and a day that exists in that month.
   * Anything else ({@code +999999999-01-01}, {@code 2566-1-1}, {@code 2023-02-29}) is refused.
   *
   * @throws DateTimeException when the text is not such a date
   */
  static LocalDate parseDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        // LocalDate.of refuses month 0 or 13 and a day the month does not have
        return LocalDate.of(year, month, day);
      }
    }
    throw new DateTimeException("not a YYYY-MM-DD date: " + s);
  }

  /** {@return the ASCII digits from {@code from} to {@code to} as a number, or -1} */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static MeasureDoc measure(Obj m) {
    MeasureDoc d =
        new MeasureDoc(
            m.where(),
            m.string("id"),
            text(m, "name"),
            m.string("unit"),
            m.choice("direction", Direction.class),
            m.decimal("target"),
            m.objects("series", AssessmentReader::observation),
            m.objects("comparisons", AssessmentReader::comparison),
            m.strings("indicators"),
            m.strings("requirements"));
    m.noRest();
    return d;
  }

  private static ComparisonDoc comparison(Obj c) {
    ComparisonDoc d = new ComparisonDoc(c.string("id"), text(c, "name"), c.decimal("value"));
    c.noRest();
    return d;
  }

  private static ObservationDoc observation(Obj o) {
    ObservationDoc d = new ObservationDoc(period(o, "period"), o.decimal("value"));
    o.noRest();
    return d;
  }
}
