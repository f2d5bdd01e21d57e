package io.github.assessmentkit.examples;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A province office's annual round, made up and always the same: thirty organisations (fictional)
 * in three provinces of the north-east, Loei, Nong Bua Lam Phu and Udon Thani, ten in each:
 * agricultural, savings, store, service, credit-union, land-settlement and fisheries cooperatives
 * and farmer groups, each self-assessed in fiscal year 2567 against the CQA set and the
 * good-governance set.
 *
 * <p>The ratings come from a {@link Random} seeded with {@value #SEED}, whose sequence Java fixes
 * for every JVM, except those of the {@linkplain #PLANNED planned organisation}, written out below
 * so that the demo's what-if plan can be worked out by hand.
 */
final class SampleRound {
  /** The seed of the ratings: the fiscal year. */
  static final long SEED = 2567L;

  /** The fiscal year of the round. */
  static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2567);

  /** The id of the organisation the demo plans for: Wang Saphung Agricultural Cooperative. */
  static final String PLANNED = "loei-02-agricultural";

  /**
   * The planned organisation's CQA percentages, by item: every category below 50 %, category 1 at
   * 45 %, a total just above 450.
   */
  static final Map<String, Integer> PLANNED_CQA = plannedCqa();

  /** A province, in Thai and English, with its districts. */
  private record Province(String slug, Text name, List<Text> districts) {}

  private static final List<Province> PROVINCES =
      List.of(
          new Province(
              "loei",
              Text.of("เลย", "Loei"),
              districts(
                  "เมืองเลย:Mueang Loei",
                  "วังสะพุง:Wang Saphung",
                  "เชียงคาน:Chiang Khan",
                  "ด่านซ้าย:Dan Sai",
                  "ภูเรือ:Phu Ruea",
                  "ท่าลี่:Tha Li",
                  "นาด้วง:Na Duang",
                  "ภูกระดึง:Phu Kradueng",
                  "ปากชม:Pak Chom",
                  "นาแห้ว:Na Haeo")),
          new Province(
              "nongbualamphu",
              Text.of("หนองบัวลำภู", "Nong Bua Lam Phu"),
              districts(
                  "เมืองหนองบัวลำภู:Mueang Nong Bua Lam Phu",
                  "นากลาง:Na Klang",
                  "ศรีบุญเรือง:Si Bun Rueang",
                  "โนนสัง:Non Sang",
                  "สุวรรณคูหา:Suwannakhuha",
                  "นาวัง:Na Wang",
                  "กุดดินจี่:Kut Din Chi",
                  "โนนเมือง:Non Mueang",
                  "หนองเรือ:Nong Ruea",
                  "บ้านขาม:Ban Kham")),
          new Province(
              "udonthani",
              Text.of("อุดรธานี", "Udon Thani"),
              districts(
                  "เมืองอุดรธานี:Mueang Udon Thani",
                  "กุมภวาปี:Kumphawapi",
                  "หนองหาน:Nong Han",
                  "บ้านดุง:Ban Dung",
                  "เพ็ญ:Phen",
                  "บ้านผือ:Ban Phue",
                  "น้ำโสม:Nam Som",
                  "หนองวัวซอ:Nong Wua So",
                  "ศรีธาตุ:Si That",
                  "โนนสะอาด:Non Sa-at")));

  /** The type of the n-th organisation of each province. */
  private static final List<OrganisationType> TYPES =
      List.of(
          OrganisationType.SAVINGS,
          OrganisationType.AGRICULTURAL,
          OrganisationType.FARMER_GROUP,
          OrganisationType.STORE,
          OrganisationType.AGRICULTURAL,
          OrganisationType.FARMER_GROUP,
          OrganisationType.SERVICE,
          OrganisationType.CREDIT_UNION,
          OrganisationType.FARMER_GROUP,
          OrganisationType.LAND_SETTLEMENT);

  /** One organisation of the round with its two self-assessments. */
  record Member(Subject subject, Text province, Assessment cqa, Assessment governance) {}

  private SampleRound() {}

  private static List<Text> districts(String... pairs) {
    List<Text> out = new ArrayList<>();
    for (String pair : pairs) {
      String[] parts = pair.split(":");
      out.add(Text.of(parts[0], parts[1]));
    }
    return List.copyOf(out);
  }

  private static Map<String, Integer> plannedCqa() {
    Map<String, Integer> m = new LinkedHashMap<>();
    String[] items = {
      "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "7.1",
      "7.2", "7.3", "7.4", "7.5"
    };
    int[] percents = {45, 45, 45, 50, 45, 50, 45, 45, 40, 40, 45, 45, 45, 50, 40, 45, 45};
    for (int i = 0; i < items.length; i++) {
      m.put(items[i], percents[i]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Makes the round: ten organisations per province, in province order, each with its CQA and
   * governance self-assessments.
   *
   * @param cqa the CQA set
   * @param governance the good-governance set
   * @return the thirty members, always the same
   */
  static List<Member> members(Rubric cqa, Rubric governance) {
    Random random = new Random(SEED);
    List<Member> out = new ArrayList<>();
    for (Province province : PROVINCES) {
      for (int n = 0; n < TYPES.size(); n++) {
        OrganisationType type =
            province.slug().equals("udonthani") && n == 9
                ? OrganisationType.FISHERIES
                : TYPES.get(n);
        Text district = province.districts().get(n);
        String id =
            province.slug()
                + "-"
                + String.format(Locale.ROOT, "%02d", n + 1)
                + "-"
                + type.name().toLowerCase().replace('_', '-');
        Subject subject =
            new Subject(id, name(type, district, n), type, province.name().get(Language.EN));
        // a level of practice, 20 to 70 %, lower for farmer groups, which keep fewer records
        int level = 20 + 5 * random.nextInt(11) - (type == OrganisationType.FARMER_GROUP ? 10 : 0);
        Assessment c =
            id.equals(PLANNED) ? planned(subject, cqa) : cqa(subject, cqa, level, random);
        Assessment g = governance(subject, governance, level, random);
        out.add(new Member(subject, province.name(), c, g));
      }
    }
    return List.copyOf(out);
  }

  private static Text name(OrganisationType type, Text district, int n) {
    String th = district.get(Language.TH);
    String en = district.get(Language.EN);
    return switch (type) {
      case FARMER_GROUP -> {
        String[][] kinds = {
          {"ทำนา", "Rice Farmers"},
          {"ทำสวน", "Orchard Growers"},
          {"เลี้ยงโคเนื้อ", "Beef Cattle Raisers"}
        };
        String[] kind = kinds[(n / 3) % kinds.length];
        yield Text.of("กลุ่มเกษตรกร" + kind[0] + th, en + " " + kind[1] + " Group");
      }
      default ->
          Text.of(
              type.label().get(Language.TH) + th + " จำกัด",
              en + " " + capitalised(type.label().get(Language.EN)) + " Ltd.");
    };
  }

  private static String capitalised(String words) {
    StringBuilder out = new StringBuilder();
    for (String w : words.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  /**
   * Starts a closed self-assessment: the round's results stand, so each assessment is final and the
   * cohort takes it.
   */
  private static AssessmentBuilder start(Subject subject, Rubric rubric, String what) {
    return Assessment.builder(subject.id() + "-" + what + "-2567", subject, rubric.ref(), YEAR)
        .kind(AssessmentKind.SELF)
        .status(AssessmentStatus.FINAL);
  }

  private static Assessment planned(Subject subject, Rubric cqa) {
    AssessmentBuilder b = start(subject, cqa, "cqa");
    PLANNED_CQA.forEach((item, percent) -> b.rating(Rating.of(item, percent)));
    return b.build();
  }

  /** One percentage per item: the level, give or take up to 15, on the 5 % grid. */
  private static Assessment cqa(Subject subject, Rubric cqa, int level, Random random) {
    AssessmentBuilder b = start(subject, cqa, "cqa");
    for (Indicator item : cqa.indicators()) {
      int percent = Math.max(0, Math.min(100, level + 5 * (random.nextInt(7) - 3)));
      b.rating(Rating.of(item.id(), percent));
    }
    return b.build();
  }

  /**
   * One answer per governance indicator: yes, partly or no, or a level 0 to 4, more often good the
   * higher the level of practice.
   */
  private static Assessment governance(
      Subject subject, Rubric governance, int level, Random random) {
    AssessmentBuilder b = start(subject, governance, "governance");
    int chance = Math.min(95, level + 30);
    for (Indicator indicator : governance.indicators()) {
      if (indicator.scale() instanceof LevelScale levels) {
        int top = levels.levels().size() - 1;
        int reached = 0;
        for (int k = 0; k < top; k++) {
          if (random.nextInt(100) < chance) {
            reached++;
          }
        }
        b.rating(Rating.choice(indicator.id(), levels.levels().get(reached).code()));
      } else {
        int draw = random.nextInt(100);
        String answer =
            draw < chance ? "yes" : draw < chance + (100 - chance) / 2 ? "partial" : "no";
        b.rating(Rating.choice(indicator.id(), answer));
      }
    }
    return b.build();
  }
}
