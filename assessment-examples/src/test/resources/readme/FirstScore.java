import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Text;

public class FirstScore {
  public static void main(String[] args) {
    var ypn = YesPartialNoScale.STANDARD;   // yes = 1, partial = ½, no = 0
    Rubric rubric = Rubric.builder("my-checklist", "1").title(Text.en("Governance"))
        .provenance(Provenance.unverified(Text.en("our own list"), Text.en("not checked")))
        .defaultStrategy(Strategies.POINTS_SUM).totalPoints(100)
        .criterion(Criterion.builder("G1", Text.en("Rule of law")).weight(2)
            .indicator(Indicator.of("G1.1", Text.en("General meeting held on time"), ypn))
            .indicator(Indicator.of("G1.2", Text.en("Minutes kept"), ypn)).build())
        .criterion(Criterion.builder("G2", Text.en("Transparency")).weight(1)
            .indicator(Indicator.of("G2.1", Text.en("Statements shown to members"), ypn)).build())
        .build();
    Scorecard card = Scorer.standard().score(rubric, Assessment.quick(rubric,
        Rating.choice("G1.1", "yes"), Rating.choice("G1.2", "partial"), Rating.choice("G2.1", "no")));
    System.out.println(card.total() + " of " + card.possible());   // 50.00 of 100.00
    System.out.println(card.root().explanation().calculation());  // G1 50.00 + G2 0.00 = 50.00
  }
}
