package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.testing.CqaShaped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A scorecard's criteria and indicator lines are made when first read: every number is worked out
 * when the assessment is scored, and reading the tree, once or many times, from one thread or many
 * at once, gives the same values; the lists are unmodifiable like every list of the library.
 */
class ScorecardReadOnDemandTest {
  private final Rubric rubric = CqaShaped.rubric();
  private final Assessment assessment =
      CqaShaped.ratedAt(rubric, 55, Map.of("1.1", 70, "7.2", 30, "3.1", 100));

  @Test
  void reading_the_tree_from_many_threads_at_once_gives_what_one_thread_reads() throws Exception {
    List<String> expected = walk(Scorer.standard().score(rubric, assessment).root());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 50; round++) {
        Scorecard shared = Scorer.standard().score(rubric, assessment);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> reads = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          reads.add(
              pool.submit(
                  () -> {
                    start.await();
                    return walk(shared.root());
                  }));
        }
        start.countDown();
        for (Future<List<String>> read : reads) {
          assertThat(read.get()).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_node_read_twice_on_one_thread_is_the_same_node() {
    Scorecard card = Scorer.standard().score(rubric, assessment);
    NodeScore first = card.root().children().get(0);

    NodeScore item = first.children().get(0);

    assertThat(card.root().children().get(0)).isSameAs(first);
    assertThat(first.children().get(0)).isSameAs(item);
    assertThat(item.indicators().get(0)).isSameAs(item.indicators().get(0));
    assertThat(card.root().find(first.id())).containsSame(first);
  }

  @Test
  void a_scorecard_read_equals_one_not_yet_read_and_hashes_alike() {
    Scorecard read = Scorer.standard().score(rubric, assessment);
    List<String> walked = walk(read.root());
    Scorecard unread = Scorer.standard().score(rubric, assessment);

    assertThat(walked).isNotEmpty();
    assertThat(unread).isEqualTo(read);
    assertThat(unread.hashCode()).isEqualTo(read.hashCode());
  }

  @Test
  void the_lists_of_the_tree_cannot_be_changed() {
    Scorecard card = Scorer.standard().score(rubric, assessment);
    NodeScore category = card.root().children().get(0);
    List<NodeScore> children = card.root().children();
    List<IndicatorScore> lines = category.children().get(0).indicators();

    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> children.add(category));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> children.remove(0));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> lines.set(0, lines.get(0)));
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(lines::clear);
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> children.get(children.size()));
  }

  /** Everything a reader sees of a tree, node by node and line by line, in tree order. */
  private static List<String> walk(NodeScore root) {
    List<String> seen = new ArrayList<>();
    walk(root, seen);
    return seen;
  }

  private static void walk(NodeScore node, List<String> seen) {
    seen.add(
        node.id()
            + " "
            + node.earned()
            + "/"
            + node.possible()
            + " "
            + node.percent()
            + " "
            + node.label()
            + " "
            + node.coverage()
            + " "
            + node.explanation().calculation()
            + " "
            + node.percentExplained());
    for (IndicatorScore line : node.indicators()) {
      seen.add(
          line.indicatorId()
              + " "
              + line.status()
              + " "
              + line.earned()
              + "/"
              + line.possible()
              + " "
              + line.label()
              + " "
              + line.explanation());
    }
    for (NodeScore child : node.children()) {
      walk(child, seen);
    }
  }
}
