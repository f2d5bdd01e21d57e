package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;
import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.assessment.RatingValue;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.DateRange;
import io.github.assessmentkit.time.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The records an assessment document is read into, with their Jakarta constraints. */
final class AssessmentDocs {
  private AssessmentDocs() {}

  record AssessmentDoc(
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Valid @Nullable SubjectDoc subject,
      @NotNull(message = K.REQUIRED) @Nullable RubricRef rubric,
      @NotNull(message = K.REQUIRED) @Nullable FiscalYear period,
      @Nullable AssessmentKind kind,
      @Nullable AssessmentStatus status,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable AssessorDoc> assessors,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable RatingDoc> ratings,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable EvidenceDoc> evidence,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable MeasureDoc> measures,
      Extensions extensions) {

    Assessment toModel() {
      SubjectDoc s = Objects.requireNonNull(subject);
      Subject who =
          Located.at(
              s.at(),
              () ->
                  new Subject(
                      Objects.requireNonNull(s.id()),
                      Objects.requireNonNull(s.name()).toModel(),
                      Objects.requireNonNull(s.type()),
                      s.province()));
      List<Assessor> people = new ArrayList<>();
      for (AssessorDoc a : present(assessors)) {
        people.add(
            Located.at(
                a.at(),
                () ->
                    new Assessor(
                        Objects.requireNonNull(a.id()),
                        Objects.requireNonNull(a.name()),
                        a.role())));
      }
      List<Rating> rated = new ArrayList<>();
      for (RatingDoc r : present(ratings)) {
        rated.add(Located.at(r.at(), r::toModel));
      }
      List<Evidence> held = new ArrayList<>();
      for (EvidenceDoc e : present(evidence)) {
        held.add(Located.at(e.at(), e::toModel));
      }
      List<Measure> kpis = new ArrayList<>();
      for (MeasureDoc m : present(measures)) {
        kpis.add(Located.at(m.at(), m::toModel));
      }
      return new Assessment(
          Objects.requireNonNull(id),
          who,
          Objects.requireNonNull(rubric),
          Objects.requireNonNull(period),
          kind == null ? AssessmentKind.SELF : kind,
          status == null ? AssessmentStatus.DRAFT : status,
          people,
          rated,
          held,
          kpis,
          extensions);
    }
  }

  /**
   * Builds what can be built of an assessment whose document has structural problems, so that the
   * rubric's rules can still run on it: ratings with a problem are left out (the positions of the
   * others are recorded), assessors, evidence and measures stand in by their ids (an unreadable id
   * by one that matches nothing), and the rubric reference, when unreadable, by the rubric's own.
   * Never returned to a caller.
   *
   * @param doc the document as read
   * @param rubric the rubric checked against
   * @param issues the structural problems found
   * @param ratingPositions receives the document position of each rating kept
   * @return the assessment of the well-formed parts
   */
  static Assessment partial(
      AssessmentDoc doc, RubricRef rubric, Issues issues, List<Integer> ratingPositions) {
    List<Assessor> people = new ArrayList<>();
    List<@Nullable AssessorDoc> assessors = doc.assessors() == null ? List.of() : doc.assessors();
    for (int i = 0; i < assessors.size(); i++) {
      AssessorDoc a = assessors.get(i);
      people.add(
          new Assessor(
              standIn(a == null ? null : a.id(), a == null ? null : a.at(), issues, "assessor", i),
              "-",
              null));
    }
    List<Evidence> held = new ArrayList<>();
    List<@Nullable EvidenceDoc> evidence = doc.evidence() == null ? List.of() : doc.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      EvidenceDoc e = evidence.get(i);
      held.add(
          Evidence.of(
              standIn(e == null ? null : e.id(), e == null ? null : e.at(), issues, "evidence", i),
              EvidenceKind.DOCUMENT,
              "-"));
    }
    List<Measure> kpis = new ArrayList<>();
    List<@Nullable MeasureDoc> measures = doc.measures() == null ? List.of() : doc.measures();
    for (int i = 0; i < measures.size(); i++) {
      MeasureDoc m = measures.get(i);
      kpis.add(
          new Measure(
              standIn(m == null ? null : m.id(), m == null ? null : m.at(), issues, "measure", i),
              Text.en("-"),
              "-",
              Direction.HIGHER_IS_BETTER,
              null,
              List.of()));
    }
    List<Rating> rated = new ArrayList<>();
    List<@Nullable RatingDoc> ratings = doc.ratings() == null ? List.of() : doc.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      RatingDoc r = ratings.get(i);
      if (r == null || issues.coveredAt(r.at())) {
        continue;
      }
      try {
        rated.add(r.toModel());
        ratingPositions.add(i);
      } catch (RuntimeException e) {
        // a rating the model refuses has been reported already; its rules cannot run
      }
    }
    RubricRef ref = doc.rubric() != null && !issues.reportedAt("/rubric") ? doc.rubric() : rubric;
    return new Assessment(
        "-",
        new Subject("-", Text.en("-"), OrganisationType.OTHER, null),
        ref,
        FiscalYear.ofCommonEra(2000),
        AssessmentKind.SELF,
        AssessmentStatus.DRAFT,
        people,
        rated,
        held,
        kpis,
        Extensions.NONE);
  }

  private static String standIn(
      @Nullable String id, @Nullable String at, Issues issues, String what, int index) {
    if (id == null || at == null || issues.reportedAt(Pointer.append(at, "id"))) {
      return "\0unreadable " + what + " " + index;
    }
    return id;
  }

  record SubjectDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @Nullable OrganisationType type,
      @Nullable String province) {}

  record AssessorDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String name,
      @Nullable String role) {}

  /**
   * A rating; exactly one of {@code value} (a number or a choice's code), {@code notApplicable}
   * (the reason) and {@code unknown} ({@code true} or a note) is set.
   *
   * @param at the path
   * @param indicator the indicator's id
   * @param value a {@link BigDecimal} or a code, or null
   * @param notApplicable the reason, or null
   * @param unknown {@link Boolean#TRUE} or a note, or null
   * @param rationale the rationale
   * @param evidence the evidence ids
   * @param strengths the strengths
   * @param improvements the opportunities for improvement
   * @param assessor the assessor's id
   * @param extensions unknown fields
   */
  record RatingDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String indicator,
      @Identifier @Nullable Object value,
      @Nullable String notApplicable,
      @Nullable Object unknown,
      @Nullable String rationale,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> evidence,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Nullable String> strengths,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Nullable String> improvements,
      @Identifier @Nullable String assessor,
      Extensions extensions) {

    Rating toModel() {
      RatingState state;
      if (value instanceof BigDecimal d) {
        state = new RatingState.Rated(RatingValue.of(d));
      } else if (value instanceof String code) {
        state = new RatingState.Rated(RatingValue.choice(code));
      } else if (notApplicable != null) {
        state = new RatingState.NotApplicable(notApplicable);
      } else {
        state = new RatingState.Unknown(unknown instanceof String note ? note : null);
      }
      return new Rating(
          Objects.requireNonNull(indicator),
          state,
          rationale,
          present(evidence),
          present(strengths),
          present(improvements),
          assessor,
          extensions);
    }
  }

  record EvidenceDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable EvidenceKind kind,
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String title,
      @Nullable URI location,
      @Pattern(regexp = "[0-9a-f]{64}", message = K.SHA256) @Nullable String sha256,
      @Nullable LocalDate collectedOn,
      @Nullable LocalDate effectiveFrom,
      @Nullable LocalDate effectiveTo,
      @Nullable String owner,
      @Nullable String note,
      Extensions extensions) {

    Evidence toModel() {
      DateRange effective =
          effectiveFrom == null || effectiveTo == null
              ? null
              : new DateRange(effectiveFrom, effectiveTo);
      return new Evidence(
          Objects.requireNonNull(id),
          Objects.requireNonNull(kind),
          Objects.requireNonNull(title),
          location,
          sha256,
          collectedOn,
          effective,
          owner,
          note,
          extensions);
    }
  }

  record MeasureDoc(
      String at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String id,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc name,
      @NotNull(message = K.REQUIRED) @NotBlank(message = K.NOT_BLANK) @Nullable String unit,
      @NotNull(message = K.REQUIRED) @Nullable Direction direction,
      @Nullable BigDecimal target,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable ObservationDoc> series) {

    Measure toModel() {
      List<Observation> points = new ArrayList<>();
      for (ObservationDoc o : present(series)) {
        points.add(
            new Observation(Objects.requireNonNull(o.period()), Objects.requireNonNull(o.value())));
      }
      return new Measure(
          Objects.requireNonNull(id),
          Objects.requireNonNull(name).toModel(),
          Objects.requireNonNull(unit),
          Objects.requireNonNull(direction),
          target,
          points);
    }
  }

  record ObservationDoc(
      @NotNull(message = K.REQUIRED) @Nullable FiscalYear period,
      @NotNull(message = K.REQUIRED) @Nullable BigDecimal value) {}

  // ---- reading ----

  static AssessmentDoc read(Obj o) {
    o.raw("format");
    o.raw("formatVersion");
    String id = o.string("id");
    Obj subject = o.object("subject");
    RubricRef ref = rubricRef(o);
    FiscalYear period = period(o, "period");
    AssessmentKind kind = o.choice("kind", AssessmentKind.class);
    AssessmentStatus status = o.choice("status", AssessmentStatus.class);
    var assessors = o.objects("assessors", AssessmentDocs::assessor);
    var ratings = o.objects("ratings", AssessmentDocs::rating);
    var evidence = o.objects("evidence", AssessmentDocs::evidence);
    var measures = o.objects("measures", AssessmentDocs::measure);
    return new AssessmentDoc(
        id,
        subject == null ? null : subject(subject),
        ref,
        period,
        kind,
        status,
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
      ScaleDocs.require(p, "era", "fiscalYear");
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
            s.path(),
            s.string("id"),
            text(s, "name"),
            s.choice("type", OrganisationType.class),
            s.string("province"));
    s.noRest();
    return d;
  }

  private static AssessorDoc assessor(Obj a) {
    AssessorDoc d = new AssessorDoc(a.path(), a.string("id"), a.string("name"), a.string("role"));
    a.noRest();
    return d;
  }

  static RatingDoc rating(Obj r) {
    List<String> states = new ArrayList<>();
    for (String s : List.of("value", "notApplicable", "unknown")) {
      if (r.has(s)) {
        states.add(s);
      }
    }
    if (states.size() != 1) {
      r.issues()
          .add(
              r.path(),
              "rating.one-state",
              states.isEmpty() ? null : String.join(", ", states),
              JsonMessages.ratingOneState());
    }
    Object value = null;
    JsonNode v = r.raw("value");
    if (v != null) {
      if (v.isNumber()) {
        value = v.decimalValue();
      } else if (v.isString()) {
        value = v.stringValue();
      } else {
        r.issues()
            .add(
                r.path("value"),
                "json.type",
                v.isValueNode() ? v.asString() : null,
                JsonMessages.type("a number or a string", "ตัวเลขหรือข้อความ", Obj.kind(v)));
      }
    }
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
    JsonNode u = r.raw("unknown");
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
        r.path(),
        r.string("indicator"),
        value,
        na,
        unknown,
        r.string("rationale"),
        r.strings("evidence"),
        r.strings("strengths"),
        r.strings("improvements"),
        r.string("assessor"),
        r.rest());
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
      ScaleDocs.require(effective, "from", "to");
      effective.noRest();
    }
    return new EvidenceDoc(
        e.path(),
        e.string("id"),
        e.choice("kind", EvidenceKind.class),
        e.string("title"),
        location,
        e.string("sha256"),
        date(e, "collectedOn"),
        from,
        to,
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
      return LocalDate.parse(s);
    } catch (DateTimeParseException x) {
      o.issues()
          .add(
              o.path(name),
              "value.date",
              s,
              JsonMessages.unparsable("date (YYYY-MM-DD)", "วันที่ (YYYY-MM-DD)", Show.value(s)));
      return null;
    }
  }

  private static MeasureDoc measure(Obj m) {
    MeasureDoc d =
        new MeasureDoc(
            m.path(),
            m.string("id"),
            text(m, "name"),
            m.string("unit"),
            m.choice("direction", Direction.class),
            m.decimal("target"),
            m.objects("series", AssessmentDocs::observation));
    m.noRest();
    return d;
  }

  private static ObservationDoc observation(Obj o) {
    ObservationDoc d = new ObservationDoc(period(o, "period"), o.decimal("value"));
    o.noRest();
    return d;
  }
}
