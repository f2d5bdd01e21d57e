package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
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
    RankedStandings overall = rankings.overallStandings();
    // index of each organisation in the cohort, by its place in the overall ranking
    int n = overall.size();
    int[] byPlace = overall.members;
    // per place, the group of those equal on the first key, named by the place of its first
    int[] firstKeyGroup = new int[n];
    for (int k = 1; k < n; k++) {
      firstKeyGroup[k] = overall.separatedBy[k] == 0 ? k : firstKeyGroup[k - 1];
    }
    int[] places = new int[n];
    int count = 0;
    for (int k = 0; k < n; k++) {
      int p = positions[byPlace[k]];
      if (p >= 0 && p <= wanted) {
        places[count++] = k;
      }
    }
    List<Standing> eligible = new StandingsAt(overall, places, 0, count);
    if (count <= cap) {
      return new Plaques(q, cap, rule, null, eligible, eligible, List.of());
    }
    int last = places[cap - 1];
    int next = places[cap];
    boolean tie = firstKeyGroup[last] == firstKeyGroup[next];
    int take = cap;
    if (tie) {
      int boundary = overall.ranks[last];
      while (take < count) {
        int place = places[take];
        boolean kept =
            rule == TieAtCap.TAKE_ALL_TIED
                ? firstKeyGroup[place] == firstKeyGroup[last]
                : overall.ranks[place] == boundary;
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
        new StandingsAt(overall, places, 0, take),
        new StandingsAt(overall, places, take, count));
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
