package io.github.assessmentkit.examples;

import static io.github.assessmentkit.examples.ProvinceRoundDemo.both;

import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.CriterionStanding;
import io.github.assessmentkit.cohort.LearningExchange;
import io.github.assessmentkit.cohort.LearningPair;
import io.github.assessmentkit.cohort.Plaques;
import io.github.assessmentkit.cohort.Ranking;
import io.github.assessmentkit.cohort.RankingKey;
import io.github.assessmentkit.cohort.Rankings;
import io.github.assessmentkit.cohort.Standing;
import io.github.assessmentkit.cohort.UnpairedLearner;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints the cohort part of the province demo, in Thai and English, a few lines per section: long
 * lists are cut to their first entries and the output says how many were left out.
 */
final class RoundPrinter {
  /** How many organisations the overall ranking lists. */
  static final int RANKING_SHOWN = 10;

  /** How many organisations each province's ranking lists. */
  static final int PROVINCE_SHOWN = 3;

  /** How many leaders each category lists. */
  static final int LEADERS_SHOWN = 3;

  /** The categories whose learning pairs are printed in full; the others are counted. */
  static final Set<String> PAIRS_IN_FULL = Set.of("1", "5");

  private final PrintStream out;
  private final Rubric cqa;
  private final Map<String, SampleRound.Member> members = new LinkedHashMap<>();
  private final Map<String, Text> provinces = new LinkedHashMap<>();

  RoundPrinter(PrintStream out, Rubric cqa, ProvinceRoundDemo.ScoredRound round) {
    this.out = out;
    this.cqa = cqa;
    for (SampleRound.Member m : round.members()) {
      members.put(m.subject().id(), m);
      provinces.putIfAbsent(m.subject().province(), m.province());
    }
  }

  /**
   * {@return the line that counts the organisations taken and left out, in Thai and English}
   *
   * @param cohort the round
   */
  static String admitted(Cohort cohort) {
    int left = cohort.leftOut().size();
    return "ผลประเมินฉบับสุดท้าย "
        + cohort.size()
        + " องค์กร ไม่นับ "
        + left
        + " ที่ยังไม่เป็นฉบับสุดท้าย / Final assessments taken: "
        + cohort.size()
        + "; left out as not final: "
        + left;
  }

  /**
   * How many organisations the round takes (those with final assessments) and how many it leaves
   * out, then the overall ranking's first entries, the tie-breaks that decided, and each province's
   * best.
   */
  void ranking(Cohort cohort, Rankings rankings) {
    Ranking overall = rankings.overall();
    out.println();
    out.println("== อันดับตามเกณฑ์ CQA / Ranking on the CQA set ==");
    out.println(
        "เรียงตามคะแนนรวม ตัดสินเสมอด้วย "
            + keys(rankings, Language.TH)
            + " (อันดับแบบ 1, 2, 2, 4)");
    out.println(
        "By the total, ties broken by " + keys(rankings, Language.EN) + " (ranks 1, 2, 2, 4)");
    out.println(admitted(cohort));
    for (Standing s : overall.standings().subList(0, Math.min(RANKING_SHOWN, overall.size()))) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %2d. %7s %s: %s",
              s.rank(),
              s.totalPoints().toPlainString(),
              s.subjectId(),
              both(name(s.subjectId()))));
      if ((s.separation() != null && s.separation().byTieBreak()) || s.tiedWithAbove()) {
        out.println("      " + both(s.explanation()));
      }
    }
    if (overall.size() > RANKING_SHOWN) {
      out.println(
          "  … อีก "
              + (overall.size() - RANKING_SHOWN)
              + " แห่ง / … "
              + (overall.size() - RANKING_SHOWN)
              + " more not shown");
    }
    List<Standing> byTieBreak =
        overall.standings().stream()
            .filter(s -> s.separation() != null && s.separation().byTieBreak())
            .toList();
    long tied = overall.standings().stream().filter(Standing::tiedWithAbove).count();
    if (byTieBreak.isEmpty() && tied == 0) {
      out.println(
          "  คะแนนรวมไม่ซ้ำกันเลย จึงไม่ต้องใช้เกณฑ์ตัดสินเสมอ / no two totals are equal: no"
              + " tie-break was needed");
    } else {
      out.println(
          "  ตัดสินด้วยเกณฑ์ตัดสินเสมอ "
              + byTieBreak.size()
              + " ครั้ง เสมอทุกเกณฑ์ "
              + tied
              + " ครั้ง / "
              + byTieBreak.size()
              + " separated by a tie-break, "
              + tied
              + " tied on every key");
      for (Standing s : byTieBreak) {
        out.println("  " + s.subjectId() + ": " + both(s.explanation()));
      }
    }
    out.println(
        "ในแต่ละจังหวัด "
            + PROVINCE_SHOWN
            + " อันดับแรก / Each province's first "
            + PROVINCE_SHOWN
            + ":");
    for (Map.Entry<String, Ranking> e : rankings.byProvince().entrySet()) {
      Ranking r = e.getValue();
      String firsts =
          r.standings().subList(0, Math.min(PROVINCE_SHOWN, r.size())).stream()
              .map(s -> s.rank() + ". " + s.subjectId() + " " + s.totalPoints().toPlainString())
              .collect(Collectors.joining(", "));
      out.println("  " + both(provinces.get(e.getKey())) + " (" + r.size() + "): " + firsts);
    }
  }

  /** The plaque recipients, the rule for a tie at the cap, and who the cap left out. */
  void plaques(Plaques plaques) {
    out.println();
    out.println("== โล่ " + plaques.cap() + " รางวัล / The " + plaques.cap() + " plaques ==");
    out.println(
        "เกณฑ์: รางวัล CQA ระดับ TQC Plus ขึ้นไป เรียงตามอันดับข้างต้น ไม่เกิน "
            + plaques.cap()
            + " รางวัล; ถ้าคะแนนรวมเสมอคร่อมจำนวนจำกัด: "
            + plaques.rule().label().get(Language.TH));
    out.println(
        "Decision: the CQA award at TQC Plus or higher, in the ranking above, at most "
            + plaques.cap()
            + "; a tie on the total across the cap: "
            + plaques.rule().label().get(Language.EN));
    out.println(both(plaques.explanation()));
    for (Standing s : plaques.recipients()) {
      out.println(
          "  🏆 "
              + s.rank()
              + ". "
              + s.subjectId()
              + " "
              + s.totalPoints().toPlainString()
              + ": "
              + both(name(s.subjectId())));
    }
    if (plaques.ruleApplied() == null) {
      out.println(
          "  ไม่มีผลเสมอคร่อมจำนวนจำกัด จึงไม่ต้องใช้กฎ / no tie straddles the cap: the rule was"
              + " not needed");
    }
    if (plaques.leftOutByCap().isEmpty()) {
      out.println("  ไม่มีผู้ใดถูกตัดออกเพราะจำนวนจำกัด / nobody was left out by the cap");
    } else {
      out.println(
          "  ผ่านเกณฑ์แต่เกินจำนวนจำกัด / Qualified but left out by the cap: "
              + plaques.leftOutByCap().stream()
                  .map(s -> s.rank() + ". " + s.subjectId())
                  .collect(Collectors.joining(", ")));
    }
  }

  /** Each category's leaders: how many, and the first few with their percent. */
  void leaders(List<LearningExchange> exchanges) {
    out.println();
    out.println(
        "== ผู้นำรายหมวด (ร้อยละ ≥ "
            + RoundAnalysis.LEADER_AT_LEAST
            + ") / Category leaders (percent ≥ "
            + RoundAnalysis.LEADER_AT_LEAST
            + ") ==");
    for (LearningExchange e : exchanges) {
      List<CriterionStanding> leaders = e.leaders();
      String firsts =
          leaders.subList(0, Math.min(LEADERS_SHOWN, leaders.size())).stream()
              .map(
                  l ->
                      l.rank()
                          + ". "
                          + l.subjectId()
                          + " "
                          + l.shownPercent().toPlainString()
                          + " %")
              .collect(Collectors.joining(", "));
      int more = leaders.size() - Math.min(LEADERS_SHOWN, leaders.size());
      out.println(
          "  "
              + category(e.rule().criterionId())
              + ": ผู้นำ "
              + leaders.size()
              + " แห่ง / "
              + leaders.size()
              + " leaders: "
              + firsts
              + (more > 0 ? " (อีก " + more + " / " + more + " more)" : ""));
    }
  }

  /** The learning pairs: two categories in full, the others counted. */
  void pairs(List<LearningExchange> exchanges) {
    out.println();
    out.println("== คู่พี่เลี้ยง / Learning pairs ==");
    out.println(
        "ผู้นำร้อยละ ≥ "
            + RoundAnalysis.LEADER_AT_LEAST
            + " ผู้เรียนร้อยละ < "
            + RoundAnalysis.LEARNER_BELOW
            + " ผู้นำหนึ่งรายรับได้ไม่เกิน "
            + RoundAnalysis.CAPACITY
            + " ราย; เลือกจังหวัดเดียวกันก่อน แล้วประเภทเดียวกัน");
    out.println(
        "Leaders at ≥ "
            + RoundAnalysis.LEADER_AT_LEAST
            + " %, learners below "
            + RoundAnalysis.LEARNER_BELOW
            + " %, at most "
            + RoundAnalysis.CAPACITY
            + " learners per leader; the same province first, then the same type");
    for (LearningExchange e : exchanges) {
      String id = e.rule().criterionId();
      out.println(
          "  "
              + category(id)
              + ": "
              + e.pairs().size()
              + " คู่ ไม่มีพี่เลี้ยง "
              + e.unpaired().size()
              + " แห่ง / "
              + e.pairs().size()
              + " pairs, "
              + e.unpaired().size()
              + " without a leader"
              + (PAIRS_IN_FULL.contains(id) ? "" : " (ไม่แสดงรายคู่ / pairs not shown)"));
      if (PAIRS_IN_FULL.contains(id)) {
        for (LearningPair p : e.pairs()) {
          out.println("    " + p.explanation().get(Language.TH));
          out.println("    " + p.explanation().get(Language.EN));
        }
      }
      for (UnpairedLearner u : e.unpaired()) {
        out.println(
            "    ✗ "
                + u.learner().subjectId()
                + " ("
                + u.learner().shownPercent().toPlainString()
                + " %): "
                + both(u.reason()));
      }
    }
  }

  private String keys(Rankings rankings, Language language) {
    return rankings.order().tieBreaks().stream()
        .map(RankingKey::name)
        .map(t -> t.get(language))
        .collect(Collectors.joining(language == Language.TH ? " แล้ว " : ", then "));
  }

  private Text name(String subjectId) {
    return members.get(subjectId).subject().name();
  }

  private String category(String id) {
    Text title = cqa.criterion(id).orElseThrow().title();
    return id + " " + both(title);
  }
}
