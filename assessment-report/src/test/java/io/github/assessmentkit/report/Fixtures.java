package io.github.assessmentkit.report;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cohort.Admission;
import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.ExchangeRule;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.Plaques;
import io.github.assessmentkit.cohort.Qualification;
import io.github.assessmentkit.cohort.RankingKey;
import io.github.assessmentkit.cohort.RankingOrder;
import io.github.assessmentkit.cohort.Rankings;
import io.github.assessmentkit.cohort.TieAtCap;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rubrics, assessments and rounds the report tests render. */
final class Fixtures {
  /** The CQA set. */
  static final Rubric CQA = RubricRegistry.builder().discover().build().get(CqaSets.CQA);

  /** The fiscal year of every fixture: B.E. 2567, C.E. 2024. */
  static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  /** The CQA items, in order. */
  static final List<String> ITEMS =
      List.of(
          "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1",
          "7.2", "7.3", "7.4", "7.5");

  /**
   * Injection attempts: each would set {@code window.__xss} or open a dialog if the browser ran it.
   */
  static final List<String> XSS =
      List.of(
          "<script>window.__xss=1;alert(1)</script>",
          "<img src=x onerror=\"window.__xss=1;alert(1)\">",
          "<svg onload=\"window.__xss=1\"><script>window.__xss=1</script></svg>",
          "<svg><animate onbegin=\"window.__xss=1\" attributeName=\"x\" dur=\"1s\"/></svg>",
          "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=1\">"
              + "</style></mglyph></table></mtext></math>",
          "<math href=\"javascript:window.__xss=1\">m</math>",
          "<a href=\"javascript:window.__xss=1\">ลิงก์</a>",
          "javascript:window.__xss=1",
          "\"><script>window.__xss=1</script>",
          "' onmouseover='window.__xss=1' x='",
          "\" autofocus onfocus=\"window.__xss=1\" x=\"",
          "</title><script>window.__xss=1</script>",
          "</textarea></style></summary></details><script>window.__xss=1</script>",
          "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
          "<details open ontoggle=\"window.__xss=1\">",
          "<body onload=window.__xss=1>",
          "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
          "<!--<script>window.__xss=1</script>-->",
          "<![CDATA[<script>window.__xss=1</script>]]>",
          "<b onclick=alert(1)>ตัวหนา</b",
          "=HYPERLINK(\"javascript:alert(1)\")");

  /** Every attempt in one text, with Thai text around each. */
  static final String PAYLOAD = "สหกรณ์ทดสอบ " + String.join(" ภาษาไทย ", XSS) + " จบข้อความ";

  private Fixtures() {}

  /**
   * A small rubric whose numbers are easy to work out (the README's): G1 weight 2 with G1.1, G2
   * weight 1 with G2.1, 100 points, points-sum. Rated G1.1 yes and G2.1 partial it scores 200/3 +
   * 50/3 = 250/3, shown 83.33 = 66.67 + 16.66.
   */
  static Rubric small() {
    return Rubric.builder("my-checklist", "1")
        .title(Text.of("ธรรมาภิบาล", "Good governance"))
        .provenance(Provenance.unverified(Text.en("our own list"), Text.en("weights not verified")))
        .defaultStrategy(Strategies.POINTS_SUM)
        .totalPoints(100)
        .criterion(
            Criterion.builder("G1", Text.of("นิติธรรม", "Rule of law"))
                .weight(2)
                .indicator(
                    Indicator.of(
                        "G1.1",
                        Text.of("จัดประชุมใหญ่ภายในกำหนด", "General meeting held on time"),
                        YesPartialNoScale.STANDARD))
                .build())
        .criterion(
            Criterion.builder("G2", Text.of("ความโปร่งใส", "Transparency"))
                .weight(1)
                .indicator(
                    Indicator.of(
                        "G2.1",
                        Text.of("เปิดเผยงบการเงินแก่สมาชิก", "Audited statements shown to members"),
                        YesPartialNoScale.STANDARD))
                .build())
        .build();
  }

  /** {@return the report of the small rubric, G1.1 yes and G2.1 partial: 83.33} */
  static ScorecardReport smallReport() {
    Rubric rubric = small();
    Assessment a =
        Assessment.builder(
                "coop-42-2566",
                new Subject(
                    "coop-42",
                    Text.of("สหกรณ์ตัวอย่าง", "Sample cooperative"),
                    OrganisationType.AGRICULTURAL,
                    "Loei"),
                rubric.ref(),
                FiscalYear.ofBuddhistEra(2566))
            .rating(Rating.choice("G1.1", "yes"))
            .rating(Rating.choice("G2.1", "partial"))
            .build();
    return ScorecardReport.of(rubric, a, Scorer.standard().score(rubric, a));
  }

  /**
   * A CQA assessment: one band percent per item, from {@code percents} in the order of {@link
   * #ITEMS}.
   */
  static Assessment cqa(Subject subject, int... percents) {
    AssessmentBuilder b =
        Assessment.builder(subject.id() + "-cqa-2567", subject, CQA.ref(), YEAR)
            .kind(AssessmentKind.SELF);
    for (int i = 0; i < ITEMS.size(); i++) {
      b.rating(Rating.of(ITEMS.get(i), percents[i % percents.length]));
    }
    return b.build();
  }

  /** {@return a CQA report of one cooperative, with findings, evidence and an assessor} */
  static ScorecardReport cqaReport() {
    Subject subject =
        new Subject(
            "loei-01",
            Text.of("สหกรณ์การเกษตรเมืองเลย จำกัด", "Mueang Loei Agricultural Cooperative"),
            OrganisationType.AGRICULTURAL,
            "Loei");
    AssessmentBuilder b =
        Assessment.builder("loei-01-cqa-2567", subject, CQA.ref(), YEAR)
            .kind(AssessmentKind.SELF)
            .assessor(new Assessor("a1", "สมชาย ใจดี", "ผู้ตรวจการสหกรณ์"))
            .evidence(Evidence.of("e1", EvidenceKind.DOCUMENT, "แผนกลยุทธ์ 2566-2570"));
    int[] percents = {70, 65, 55, 70, 40, 60, 55, 65, 50, 35, 55, 40, 45, 65, 45, 55, 65};
    for (int i = 0; i < ITEMS.size(); i++) {
      Rating r = Rating.of(ITEMS.get(i), percents[i]);
      if (i == 0) {
        r =
            r.withRationale("มีแผนปฏิบัติการรายปี / yearly action plans")
                .withEvidence("e1")
                .withFindings(List.of("ทบทวนทุกไตรมาส"), List.of("ยังไม่วัดผลลัพธ์"));
      }
      b.rating(r);
    }
    Assessment a = b.build();
    return ScorecardReport.of(CQA, a, Scorer.standard().score(CQA, a));
  }

  /** A member of a made-up round. */
  record Member(Subject subject, Assessment assessment, Scorecard card) {}

  /** {@return a made-up round of twelve organisations in three provinces, names as given} */
  static List<Member> members(List<Text> names, List<String> provinces) {
    int[][] patterns = {
      {90, 85, 80, 85, 80, 75, 85, 80, 75, 80, 85, 80, 75, 80, 85, 80, 75},
      {70, 65, 55, 70, 40, 60, 55, 65, 50, 35, 55, 40, 45, 65, 45, 55, 65},
      {30, 25, 35, 20, 30, 25, 35, 30, 25, 20, 30, 35, 25, 30, 20, 25, 30},
      {50, 55, 60, 50, 55, 60, 50, 55, 60, 50, 55, 60, 50, 55, 60, 50, 55}
    };
    OrganisationType[] types = {
      OrganisationType.AGRICULTURAL, OrganisationType.SAVINGS, OrganisationType.FARMER_GROUP
    };
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Subject subject =
          new Subject(
              "org-" + (i + 1),
              names.get(i),
              types[i % types.length],
              provinces.get(i % provinces.size()));
      int[] pattern = patterns[i % patterns.length].clone();
      // each organisation of a pattern lowers one more item by a band step, so totals differ
      for (int k = 0; k < i / patterns.length; k++) {
        pattern[16 - k] = Math.max(0, pattern[16 - k] - 5);
      }
      Assessment a = cqa(subject, pattern);
      out.add(new Member(subject, a, Scorer.standard().score(CQA, a)));
    }
    return out;
  }

  /** {@return the report of a round, ranked and paired as the province demo does} */
  static CohortReport round(List<Member> members) {
    List<OrganisationSummary> summaries =
        members.stream().map(m -> OrganisationSummary.of(m.card())).toList();
    // the fixtures' assessments are drafts: the round is taken as a preview of every status
    return round(Cohort.of(CQA, YEAR, summaries, Admission.ANY_STATUS), members);
  }

  /**
   * {@return the report of a round of final assessments only: the first {@code finals} members'
   * assessments are finalised, the others stay drafts and are left out}
   */
  static CohortReport finalRound(List<Member> members, int finals) {
    List<OrganisationSummary> summaries = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Assessment a = members.get(i).assessment();
      Assessment taken = i < finals ? a.submit().finalise() : a;
      summaries.add(OrganisationSummary.of(Scorer.standard().score(CQA, taken)));
    }
    return round(Cohort.of(CQA, YEAR, summaries), members);
  }

  private static CohortReport round(Cohort cohort, List<Member> members) {
    Rankings rankings =
        cohort.rank(RankingOrder.byTotal(RankingKey.percent("1"), RankingKey.points("7")));
    Plaques plaques =
        cohort.plaques(
            rankings,
            Qualification.award(CqaCriteria.AWARD_SCHEME, CqaCriteria.TIER_TQC_PLUS),
            2,
            TieAtCap.BREAK_BY_TIE_BREAK);
    List<LearningExchange> exchanges = new ArrayList<>();
    for (String category : List.of("1", "2", "3", "4", "5", "6", "7")) {
      exchanges.add(cohort.exchange(rankings, ExchangeRule.of(category, 60, 40, 2)));
    }
    Map<String, Text> names = new LinkedHashMap<>();
    members.forEach(m -> names.put(m.subject().id(), m.subject().name()));
    return CohortReport.of(cohort, rankings, plaques, exchanges, names);
  }

  /** {@return a round of twelve organisations with ordinary names} */
  static CohortReport round() {
    List<Text> names = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      names.add(Text.of("สหกรณ์ที่ " + i, "Cooperative " + i));
    }
    return round(members(names, List.of("Loei", "Nong Bua Lam Phu", "Udon Thani")));
  }

  /** {@return a round of twelve organisations with ordinary names, the last three drafts} */
  static CohortReport roundWithDrafts() {
    List<Text> names = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      names.add(Text.of("สหกรณ์ที่ " + i, "Cooperative " + i));
    }
    return finalRound(members(names, List.of("Loei", "Nong Bua Lam Phu", "Udon Thani")), 9);
  }

  /** {@return a round whose names and provinces are the injection attempts} */
  static CohortReport hostileRound() {
    return round(hostileMembers());
  }

  /**
   * {@return the round of {@link #hostileRound()} taking final assessments only: the last three
   * organisations' are drafts, left out and listed by name}
   */
  static CohortReport hostileRoundWithDrafts() {
    return finalRound(hostileMembers(), XSS.size() - 3);
  }

  private static List<Member> hostileMembers() {
    List<Text> names = new ArrayList<>();
    for (String x : XSS) {
      names.add(Text.of("สหกรณ์ " + x + " ทดสอบ", "Coop " + x));
    }
    return members(names, List.of(PAYLOAD, XSS.get(0), "เลย " + XSS.get(1)));
  }

  /**
   * A rubric with the injection attempts in every text it holds: title, provenance, criteria,
   * areas, indicators, ladder, rungs, award scheme, tiers, condition names and unknown fields.
   */
  static Rubric hostileRubric() {
    Text x = Text.of(PAYLOAD, PAYLOAD);
    Extensions fields = Extensions.of(Map.of("x-note", PAYLOAD, XSS.get(0), PAYLOAD));
    Provenance provenance = Provenance.unverified(x, x);
    return Rubric.builder("hostile", "1")
        .title(x)
        .provenance(provenance)
        .defaultStrategy(Strategies.POINTS_SUM)
        .totalPoints(100)
        .extensions(fields)
        .criterion(
            Criterion.builder("C1", x)
                .points(60)
                .area("C1a", x)
                .child(
                    Criterion.builder("C1.1", x)
                        .points(60)
                        .indicator(Indicator.of("I1", x, YesPartialNoScale.STANDARD))
                        .indicator(Indicator.of("I2", x, YesPartialNoScale.STANDARD))
                        .build())
                .build())
        .criterion(
            Criterion.builder("C2", x)
                .points(40)
                .child(
                    Criterion.builder("C2.1", x)
                        .points(40)
                        .indicator(Indicator.of("I3", x, YesPartialNoScale.STANDARD))
                        .indicator(Indicator.of("I4", x, YesPartialNoScale.STANDARD))
                        .build())
                .build())
        .ladder(
            new Ladder(
                "levels",
                x,
                Metric.totalPercent(),
                List.of(Rung.atLeast("good", x, 50), Rung.bottom("start", x)),
                provenance))
        .award(
            new AwardScheme(
                "prize",
                x,
                List.of(
                    new AwardTier(
                        "gold",
                        x,
                        Condition.named(x, Condition.atLeast(Metric.totalPercent(), 50)))),
                provenance,
                x))
        .build();
  }

  /** {@return an assessment of the hostile rubric with the attempts in every text it holds} */
  static Assessment hostileAssessment(Rubric rubric) {
    Extensions fields = Extensions.of(Map.of("x-field", PAYLOAD, XSS.get(2), PAYLOAD));
    Subject subject =
        new Subject("hostile-01", Text.of(PAYLOAD, PAYLOAD), OrganisationType.SAVINGS, PAYLOAD);
    Evidence evidence =
        new Evidence(
            "ev1",
            EvidenceKind.DOCUMENT,
            PAYLOAD,
            URI.create("javascript:window.__xss=1"),
            null,
            LocalDate.of(2024, 10, 15),
            null,
            null,
            PAYLOAD,
            PAYLOAD,
            fields);
    return Assessment.builder("hostile-01-2567", subject, rubric.ref(), YEAR)
        .kind(AssessmentKind.EXTERNAL)
        .status(AssessmentStatus.FINAL)
        .assessor(new Assessor("a1", PAYLOAD, PAYLOAD))
        .evidence(evidence)
        .measure(
            new Measure(
                "m1",
                Text.of(PAYLOAD, PAYLOAD),
                PAYLOAD,
                Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN,
                List.of(new Observation(YEAR, BigDecimal.ONE))))
        .extensions(fields)
        .rating(
            Rating.choice("I1", "yes")
                .withRationale(PAYLOAD)
                .withEvidence("ev1")
                .withFindings(List.of(PAYLOAD), List.of(PAYLOAD))
                .by("a1"))
        .rating(Rating.notApplicable("I2", PAYLOAD))
        .rating(Rating.unknown("I3", PAYLOAD))
        .rating(Rating.choice("I4", "partial").withRationale(PAYLOAD))
        .build();
  }

  /** {@return the report of the hostile rubric and assessment} */
  static ScorecardReport hostileReport() {
    Rubric rubric = hostileRubric();
    Assessment a = hostileAssessment(rubric);
    return ScorecardReport.of(rubric, a, Scorer.standard().score(rubric, a));
  }
}
