package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;

/** Picks plaque recipients from the overall ranking: one pass. */
final class PlaqueRule {
  private PlaqueRule() {}

  static Plaques pick(Cohort cohort, Rankings rankings, Qualification q, int cap, TieAtCap rule) {
    Rubric rubric = cohort.rubric();
    String ref = rubric.ref().toString();
    int[] positions;
    int wanted;
    if (q.award()) {
      int s = indexOfScheme(rubric, q.decisionId(), ref);
      AwardScheme scheme = rubric.awards().get(s);
      wanted = -1;
      for (int t = 0; t < scheme.tiers().size(); t++) {
        if (scheme.tiers().get(t).id().equals(q.atLeast())) {
          wanted = t;
        }
      }
      positions = cohort.awardPositions[s];
    } else {
      int l = indexOfLadder(rubric, q.decisionId(), ref);
      Ladder ladder = rubric.ladders().get(l);
      wanted = ladder.position(q.atLeast());
      positions = cohort.levelPositions[l];
    }
    if (wanted < 0) {
      throw new InvalidValueException(CohortMessages.notInRubric("atLeast", q.atLeast(), ref));
    }
    List<Standing> overall = rankings.overall().standings();
    // index of each organisation in the cohort, by its place in the overall ranking
    int n = overall.size();
    int[] byPlace = new int[n];
    for (int i = 0; i < n; i++) {
      byPlace[rankings.orderOverall[i]] = i;
    }
    // a group number per place: it grows where the first key (or any key) separates neighbours
    int[] firstKeyGroup = new int[n];
    for (int k = 1; k < n; k++) {
      Separation sep = overall.get(k).separation();
      firstKeyGroup[k] = firstKeyGroup[k - 1] + (sep != null && sep.keyIndex() == 0 ? 1 : 0);
    }
    List<Standing> eligible = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int p = positions[byPlace[k]];
      if (p >= 0 && p <= wanted) {
        eligible.add(overall.get(k));
        places.add(k);
      }
    }
    if (eligible.size() <= cap) {
      return new Plaques(q, cap, rule, null, eligible, eligible, List.of());
    }
    int last = places.get(cap - 1);
    int next = places.get(cap);
    boolean tie = firstKeyGroup[last] == firstKeyGroup[next];
    int take = cap;
    if (tie) {
      Standing boundary = overall.get(last);
      while (take < eligible.size()) {
        int place = places.get(take);
        boolean kept =
            rule == TieAtCap.TAKE_ALL_TIED
                ? firstKeyGroup[place] == firstKeyGroup[last]
                : overall.get(place).rank() == boundary.rank();
        if (!kept) {
          break;
        }
        take++;
      }
    }
    return new Plaques(
        q,
        cap,
        rule,
        tie ? rule : null,
        eligible,
        eligible.subList(0, take),
        eligible.subList(take, eligible.size()));
  }

  private static int indexOfScheme(Rubric rubric, String id, String ref) {
    for (int s = 0; s < rubric.awards().size(); s++) {
      if (rubric.awards().get(s).id().equals(id)) {
        return s;
      }
    }
    throw new InvalidValueException(CohortMessages.notInRubric("schemeId", id, ref));
  }

  private static int indexOfLadder(Rubric rubric, String id, String ref) {
    for (int l = 0; l < rubric.ladders().size(); l++) {
      if (rubric.ladders().get(l).id().equals(id)) {
        return l;
      }
    }
    throw new InvalidValueException(CohortMessages.notInRubric("ladderId", id, ref));
  }
}
