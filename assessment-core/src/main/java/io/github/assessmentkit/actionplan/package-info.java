/**
 * Action plans: opportunities for improvement, or a what-if plan, turned into actions with a
 * target, an owner and a due fiscal quarter, and judged at the next assessment as met, partly met,
 * not met or not assessed, with the numbers behind each verdict and a summary.
 *
 * <pre>{@code
 * ActionPlan plan = ActionPlan.builder("plan-2564", rubric, assessment2564, card2564)
 *     .add(Action.of("A1", "7.1a", ActionTarget.band(4), "manager", new FiscalQuarter(fy2565, 3)))
 *     .build();
 * PlanReview review = plan.review(rubric, assessment2565, card2565);
 * review.count(Verdict.MET);
 * }</pre>
 *
 * <p>The rule a verdict follows is written in one place, {@link
 * io.github.assessmentkit.actionplan.VerdictRule}.
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}. Threads: every type here is
 * immutable and thread-safe once built, except the builders, which are meant for one thread.
 */
@NullMarked
package io.github.assessmentkit.actionplan;

import org.jspecify.annotations.NullMarked;
