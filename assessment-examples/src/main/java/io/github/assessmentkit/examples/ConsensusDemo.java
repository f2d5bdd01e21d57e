package io.github.assessmentkit.examples;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.consensus.AssessorValue;
import io.github.assessmentkit.consensus.ConsensusTrail;
import io.github.assessmentkit.consensus.DecisionKind;
import io.github.assessmentkit.consensus.IndicatorSpread;
import io.github.assessmentkit.consensus.Panel;
import io.github.assessmentkit.consensus.Reconciliation;
import io.github.assessmentkit.consensus.Stamp;
import io.github.assessmentkit.consensus.TrailEntry;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Three external examiners rate the sample savings cooperative against the CQA set, each in an
 * individual assessment of their own; the panel lists the items where they differ by more than one
 * band, a facilitator overrides two proposals with reasons and confirms the rest, and the consensus
 * assessment is scored. The trail of decisions is saved as JSON and read back. Printed in Thai and
 * English.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo
 * -Ddemo.mainClass=io.github.assessmentkit.examples.ConsensusDemo -pl assessment-examples -am
 * package -DskipTests}.
 */
public final class ConsensusDemo {
  /** The examiners' percentages per CQA item, in the order anong, boonmee, chanida. */
  private static final String[][] RATINGS = {
    {"1.1", "65", "70", "70"},
    {"1.2", "60", "65", "45"},
    {"2.1", "55", "55", "50"},
    {"2.2", "70", "50", "65"},
    {"3.1", "40", "25", "60"},
    {"3.2", "60", "60", "55"},
    {"4.1", "55", "50", "55"},
    {"4.2", "65", "60", "70"},
    {"5.1", "50", "45", "50"},
    {"5.2", "35", "40", "30"},
    {"6.1", "55", "60", "50"},
    {"6.2", "40", "45", "35"},
    {"7.1", "45", "70", "40"},
    {"7.2", "65", "60", "70"},
    {"7.3", "45", "45", "50"},
    {"7.4", "55", "30", "50"},
    {"7.5", "65", "90", "60"},
  };

  private static final List<Assessor> EXAMINERS =
      List.of(
          new Assessor("anong", "Anong Srisuk", "external examiner"),
          new Assessor("boonmee", "Boonmee Chaiyo", "external examiner"),
          new Assessor("chanida", "Chanida Phromma", "external examiner"));

  /** The facilitator of the consensus meeting. */
  static final String FACILITATOR = "fac-dara";

  /** The meeting: 15 June 2023, 10:00 in Bangkok (fiscal year 2566, third quarter). */
  static final Instant MEETING = Instant.parse("2023-06-15T03:00:00Z");

  private ConsensusDemo() {}

  /**
   * Prints the demo to standard output, in UTF-8 so the Thai text reads right on any console.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(
        new PrintStream(System.out, true, StandardCharsets.UTF_8),
        Clock.fixed(MEETING, ZoneId.of("Asia/Bangkok")));
  }

  /**
   * Prints the demo; every decision is stamped with the clock's time.
   *
   * @param out where to print
   * @param meeting the clock of the consensus meeting
   */
  static void run(PrintStream out, Clock meeting) {
    Rubric cqa = RubricRegistry.builder().discover().build().get(CqaSets.CQA);
    Scorer scorer = Scorer.standard();
    List<Assessment> individual = examiners(cqa);

    out.println(both(SampleCooperative.SUBJECT.name()));
    out.println(both(SampleCooperative.YEAR.label()) + " · " + cqa.ref());
    out.println("ผู้ตรวจประเมิน / Examiners:");
    for (Assessment a : individual) {
      Assessor e = a.assessors().get(0);
      Scorecard own = scorer.score(cqa, a);
      out.println(
          "  "
              + e.id()
              + " ("
              + e.name()
              + "): "
              + own.total().toPlainString()
              + " คะแนน / points");
    }

    Panel panel = Panel.of(cqa, individual);
    out.println();
    out.println(
        "หัวข้อที่ผู้ตรวจประเมินให้คะแนนต่างกันเกินหนึ่งช่วง / Items where the examiners differ by"
            + " more than one band:");
    for (IndicatorSpread s : panel.flagged()) {
      StringBuilder values = new StringBuilder();
      for (AssessorValue v : s.values()) {
        values.append(values.length() == 0 ? "" : ", ").append(v.assessorId()).append(' ');
        values.append(shown(v.state()));
      }
      Text title = cqa.criterion(s.indicatorId()).orElseThrow().title();
      out.println("  " + s.indicatorId() + " " + both(title));
      out.println(
          "      "
              + values
              + " → ห่าง "
              + s.spread().toPlainString()
              + " ช่วง / "
              + s.spread().toPlainString()
              + " bands apart; เสนอ / proposed "
              + shown(s.proposal()));
    }

    Reconciliation r =
        panel
            .reconcile()
            .override(
                "3.1",
                RatingValue.of(35),
                Stamp.now(FACILITATOR, meeting),
                Text.of(
                    "รับฟังสมาชิกเฉพาะในที่ประชุมใหญ่ ยังไม่มีการสำรวจสมาชิกรุ่นใหม่",
                    "members are heard at the general meeting only; younger members have not"
                        + " been surveyed"))
            .override(
                "7.1",
                RatingValue.of(50),
                Stamp.now(FACILITATOR, Clock.offset(meeting, Duration.ofMinutes(20))),
                Text.of(
                    "เวลาอนุมัติเงินกู้มีข้อมูลสามปีและเทียบกับค่าเฉลี่ยของจังหวัดแล้ว",
                    "loan approval time has three years of data and is compared with the"
                        + " provincial average"))
            .confirmRemaining(
                Stamp.now(FACILITATOR, Clock.offset(meeting, Duration.ofMinutes(45))));
    ConsensusTrail trail = r.trail();

    out.println();
    out.println("การเปลี่ยนค่าที่เสนอ / Overrides:");
    int confirmed = 0;
    for (TrailEntry e : trail.entries()) {
      if (e.kind() == DecisionKind.CONFIRM) {
        confirmed++;
        continue;
      }
      Text reason = e.reason();
      out.println(
          "  #"
              + e.number()
              + " "
              + e.indicatorId()
              + ": "
              + shown(e.from())
              + " → "
              + shown(e.to())
              + " · "
              + e.by()
              + " · "
              + e.at());
      if (reason != null) {
        out.println("      เหตุผล: " + reason.get(Language.TH));
        out.println("      Why: " + reason.get(Language.EN));
      }
    }
    out.println(
        "ยืนยันตามที่เสนอ "
            + confirmed
            + " หัวข้อ / "
            + confirmed
            + " proposals confirmed as they stood");

    AssessmentJson json = AssessmentJson.standard();
    ConsensusTrail saved = json.readConsensusTrail(json.writeString(trail));
    out.println(
        "บันทึกการตัดสิน "
            + saved.entries().size()
            + " รายการ บันทึกเป็น JSON และอ่านกลับได้ตรงกัน: "
            + (saved.equals(trail) ? "ใช่" : "ไม่"));
    out.println(
        "Trail of "
            + saved.entries().size()
            + " entries saved as JSON and read back unchanged: "
            + (saved.equals(trail) ? "yes" : "no"));

    Assessment consensus = r.consensus("phu-pha-ngoen-cqa-2566-consensus");
    Scorecard card = scorer.score(cqa, consensus);
    out.println();
    out.println("== ผลฉันทามติ / Consensus [" + consensus.id() + "] ==");
    out.println(
        "คะแนนรวม "
            + card.total().toPlainString()
            + " จาก "
            + card.possible().stripTrailingZeros().toPlainString());
    out.println(
        "Total: "
            + card.total().toPlainString()
            + " of "
            + card.possible().stripTrailingZeros().toPlainString());
    for (NodeScore category : card.root().children()) {
      out.println(
          "  "
              + category.id()
              + " "
              + both(category.title())
              + ": "
              + category.earned().toPlainString()
              + " ("
              + category.percent().toPlainString()
              + " %)");
    }
    LevelDecision band = card.level(CqaCriteria.OVERALL_BANDS).orElseThrow();
    out.println("ช่วงคะแนนรวม / Overall band: " + both(band.label()));
    AwardDecision award = card.award(CqaCriteria.AWARD_SCHEME).orElseThrow();
    out.println("รางวัล / Award: " + both(award.outcome()));
    out.println(
        "อ้างอิงการประเมินรายบุคคล / Links to the individual assessments: "
            + String.join(", ", panel.assessmentIds()));
    out.flush();
  }

  /** {@return one individual assessment per examiner, each listing that examiner only} */
  static List<Assessment> examiners(Rubric cqa) {
    return List.of(examiner(cqa, 0), examiner(cqa, 1), examiner(cqa, 2));
  }

  private static Assessment examiner(Rubric cqa, int column) {
    Assessor who = EXAMINERS.get(column);
    AssessmentBuilder b =
        Assessment.builder(
                "phu-pha-ngoen-cqa-2566-" + who.id(),
                SampleCooperative.SUBJECT,
                cqa.ref(),
                SampleCooperative.YEAR)
            .kind(AssessmentKind.EXTERNAL)
            .assessor(who);
    for (String[] row : RATINGS) {
      b.rating(Rating.of(row[0], Integer.parseInt(row[column + 1])).by(who.id()));
    }
    return b.build();
  }

  private static String shown(RatingState state) {
    return state.accept(
        new RatingState.Visitor<String>() {
          @Override
          public String visitRated(RatingState.Rated s) {
            return s.value() + "%";
          }

          @Override
          public String visitNotApplicable(RatingState.NotApplicable s) {
            return "ไม่เกี่ยวข้อง / not applicable";
          }

          @Override
          public String visitUnknown(RatingState.Unknown s) {
            return "ไม่ทราบ / unknown";
          }
        });
  }

  private static String both(Text text) {
    return text.get(Language.TH) + " / " + text.get(Language.EN);
  }
}
