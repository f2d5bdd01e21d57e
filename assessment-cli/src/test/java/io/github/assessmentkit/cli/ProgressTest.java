package io.github.assessmentkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The plain progress lines and the pace they show, on a clock the test moves. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private long now;

  @Test
  void plain_lines_come_at_most_once_a_period_with_the_rate_and_time_left_so_far() {
    // given a run of 1000 documents, a line at most every second, started at 0
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    now = 0;
    Progress progress =
        Progress.lines(
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Language.EN,
            () -> now,
            1000,
            SECOND);

    // when documents are done at these times
    now = SECOND / 2;
    progress.update(50); // 0.5 s: too soon, nothing
    now = SECOND;
    progress.update(100); // 1 s: 100 per s; 900 left at 100/s = 9 s
    now = SECOND * 3 / 2;
    progress.update(150); // 0.5 s after the last line: nothing
    now = 2 * SECOND;
    progress.update(300); // 300 / 2 s = 150.0/s; 700 left = 700 × 2 / 300 = 4.67 s, shown 5
    now = 6 * SECOND;
    progress.finish(1000); // 1000 / 6 s = 166.666… → 166.7/s; nothing left

    // then
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "100/1000 documents (10%), 100.0 documents/s, 0:09 left",
            "300/1000 documents (30%), 150.0 documents/s, 0:05 left",
            "1000/1000 documents (100%), 166.7 documents/s, 0:00 left");
  }

  @Test
  void the_last_line_is_not_repeated_and_nothing_done_shows_no_rate() {
    // given
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    now = 0;
    Progress progress =
        Progress.lines(
            new PrintStream(err, true, StandardCharsets.UTF_8), Language.TH, () -> now, 10, 0);

    // when nothing is done at 0 s, then 10 at 4 s, which is also the end
    progress.update(0);
    now = 4 * SECOND;
    progress.update(10);
    progress.finish(10);

    // then 10 / 4 s = 2.5 per second, in Thai
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly("0/10 ฉบับ (0%)", "10/10 ฉบับ (100%), 2.5 ฉบับ/วินาที, เหลืออีก 0:00");
  }

  @Test
  void the_time_left_reads_in_minutes_and_hours() {
    // 59 s, 61 s, 3725 s = 1 h 2 min 5 s
    assertThat(Pace.clock(59)).isEqualTo("0:59");
    assertThat(Pace.clock(61)).isEqualTo("1:01");
    assertThat(Pace.clock(3725)).isEqualTo("1:02:05");
    // 10 of 7210 done in 10 s: 7200 left at 1 per second
    assertThat(new Pace(10, 7210, 10 * SECOND).line(Language.EN))
        .isEqualTo("10/7210 documents (0%), 1.0 documents/s, 2:00:00 left");
  }
}
