package io.github.assessmentkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.scoring.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line on a made-up round: every document accounted for, and its exit codes. */
class AssessCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private SampleDocuments.Written samples;

  @BeforeEach
  void samples() throws IOException {
    // 40 documents, the first of every 4 spoilt in turn: positions (from 0) 3, 6, 11, 14, 19,
    // 22, 27, 30, 35, 38, odd ones governance and even ones CQA, in the eight ways and then the
    // first two again
    samples = SampleDocuments.write(dir.resolve("samples"), 40, 4);
  }

  private int run(boolean terminal, String... args) {
    return AssessCommand.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        System::nanoTime,
        terminal,
        args);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void every_document_of_a_folder_is_either_scored_or_rejected_with_its_report()
      throws IOException {
    // given the folder of 40 documents, 10 of them spoilt
    assertThat(samples.files()).hasSize(40);
    assertThat(samples.spoilt()).hasSize(10);
    Path result = dir.resolve("out");

    // when
    int code =
        run(
            false,
            samples.files().get(0).getParent().toString(),
            "--out",
            result.toString(),
            "--progress",
            "none");

    // then 30 scorecards and 10 rejects, exit code 1
    assertThat(code).isEqualTo(ExitCode.SOME_REJECTED);
    List<String> scorecards = lines(result.resolve(AssessCommand.SCORECARDS));
    List<String> rejects = lines(result.resolve(AssessCommand.REJECTS));
    assertThat(scorecards).hasSize(30);
    assertThat(rejects).hasSize(10);

    // the rejects are exactly the spoilt files, in order, each with its problems and its text
    List<String> sources = new ArrayList<>();
    List<String> firstRules = new ArrayList<>();
    for (String line : rejects) {
      JsonNode reject = MAPPER.readTree(line);
      sources.add(reject.get("source").asString());
      JsonNode first = reject.get("problems").get(0);
      firstRules.add(first.get("rule").asString());
      assertThat(first.get("message").get("th").asString()).isNotBlank();
      assertThat(first.get("message").get("en").asString()).isNotBlank();
      Path file = Path.of(reject.get("source").asString());
      assertThat(reject.get("document").asString())
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
    assertThat(sources)
        .containsExactlyElementsOf(samples.spoilt().stream().map(Path::toString).toList());
    assertThat(firstRules)
        .containsExactly(
            "rating.value-in-scale", // governance: "maybe" is not yes, partial or no
            "json.syntax", // cut short
            "rubric.known", // cqa@1999.1
            "rating.indicator-exists", // an indicator id with ".99" added
            "json.syntax", // not JSON at all
            "value.one-of", // era "XX"
            "json.type", // the fiscal year in words
            "round.one-per-organisation", // org-0015 again, for CQA
            "rating.value-in-scale", // the first way again
            "json.syntax"); // and the second

    // the scorecards are those of the other 30 documents, each one line that reads back
    AssessmentJson json = AssessmentJson.standard();
    List<String> scored = new ArrayList<>();
    for (String line : scorecards) {
      Scorecard card = json.readScorecard(line);
      scored.add(card.assessmentId());
    }
    List<String> expected = new ArrayList<>();
    for (Path file : samples.files()) {
      if (!samples.spoilt().contains(file)) {
        // 0005-org-0003-cqa.json holds the assessment org-0003-cqa-2567
        String name = file.getFileName().toString();
        expected.add(name.substring(5, name.length() - ".json".length()) + "-2567");
      }
    }
    assertThat(scored).containsExactlyElementsOf(expected);

    // the two cohorts: 20 CQA documents less 5 rejected, 20 governance less 5
    assertThat(
            json.readSummaries(Files.readAllBytes(result.resolve("cohort-cqa-2025.1-2567.json"))))
        .hasSize(15);
    assertThat(
            json.readSummaries(
                Files.readAllBytes(result.resolve("cohort-coop-governance-2025.1-2567.json"))))
        .hasSize(15);
    assertThat(stdout()).contains("scored 30, rejected 10 of 40 documents");
    assertThat(stderr()).isEmpty();
  }

  @Test
  void each_round_gets_its_report_as_html_and_csv_beside_its_cohort() throws IOException {
    // given the folder of 40 documents: 15 CQA and 15 governance organisations are scored
    Path result = dir.resolve("out");

    // when
    run(
        false,
        samples.files().get(0).getParent().toString(),
        "--out",
        result.toString(),
        "--progress",
        "none");

    // then each round has its HTML and CSV report, listed in the summary
    AssessmentJson json = AssessmentJson.standard();
    for (String round : List.of("cqa-2025.1-2567", "coop-governance-2025.1-2567")) {
      Path html = result.resolve("round-" + round + ".html");
      Path csv = result.resolve("round-" + round + ".csv");
      assertThat(stdout()).contains("round report: " + html).contains("round report: " + csv);
      List<OrganisationSummary> cohort =
          json.readSummaries(Files.readAllBytes(result.resolve("cohort-" + round + ".json")));
      assertThat(cohort).hasSize(15);

      // the page holds the ranking: every organisation of the round, by its name, under its
      // content security policy
      String page = Files.readString(html, StandardCharsets.UTF_8);
      assertThat(page).contains("Content-Security-Policy").contains("<table");
      for (OrganisationSummary o : cohort) {
        assertThat(page).contains(o.subjectId());
      }

      // the CSV starts with a byte order mark, then a header and one row per organisation
      byte[] bytes = Files.readAllBytes(csv);
      assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      List<String> rows =
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
      assertThat(rows).hasSize(1 + cohort.size());
      for (OrganisationSummary o : cohort) {
        assertThat(rows).anyMatch(r -> r.contains(o.subjectId()));
      }
    }
  }

  @Test
  void a_json_lines_file_gives_the_same_scorecards_and_names_each_reject_by_its_line()
      throws IOException {
    // given the same 40 documents, one per line, and their run from the folder
    Path fromFolder = dir.resolve("folder");
    Path fromLines = dir.resolve("lines");
    run(
        false,
        samples.files().get(0).getParent().toString(),
        "-o",
        fromFolder.toString(),
        "--progress",
        "none");

    // when
    int code =
        run(
            false,
            samples.jsonLines().toString(),
            "-o",
            fromLines.toString(),
            "--progress",
            "none");

    // then the same scorecards, byte for byte, and the rejects named file:line (position + 1)
    assertThat(code).isEqualTo(ExitCode.SOME_REJECTED);
    assertThat(Files.readString(fromLines.resolve(AssessCommand.SCORECARDS)))
        .isEqualTo(Files.readString(fromFolder.resolve(AssessCommand.SCORECARDS)));
    List<String> sources = new ArrayList<>();
    for (String line : lines(fromLines.resolve(AssessCommand.REJECTS))) {
      sources.add(MAPPER.readTree(line).get("source").asString());
    }
    String file = samples.jsonLines().toString();
    assertThat(sources)
        .containsExactly(
            file + ":4",
            file + ":7",
            file + ":12",
            file + ":15",
            file + ":20",
            file + ":23",
            file + ":28",
            file + ":31",
            file + ":36",
            file + ":39");
  }

  @Test
  void blank_lines_of_a_json_lines_file_are_not_documents() throws IOException {
    // given two good documents with blank lines around them
    List<String> docs = lines(samples.jsonLines());
    Path file = dir.resolve("two.jsonl");
    Files.writeString(file, "\n" + docs.get(0) + "\r\n   \n" + docs.get(1) + "\n\n");

    // when
    int code =
        run(false, file.toString(), "-o", dir.resolve("two").toString(), "--progress", "none");

    // then both are scored and nothing is rejected
    assertThat(code).isEqualTo(ExitCode.ALL_SCORED);
    assertThat(lines(dir.resolve("two").resolve(AssessCommand.SCORECARDS))).hasSize(2);
    assertThat(lines(dir.resolve("two").resolve(AssessCommand.REJECTS))).isEmpty();
    assertThat(stdout()).contains("scored 2, rejected 0 of 2 documents");
  }

  @Test
  void a_round_ranks_final_assessments_only_unless_told_to_take_every_status() throws IOException {
    // given six good documents (all final, as the samples are: three organisations, each with a
    // CQA and then a governance document), the first three turned into drafts: organisation 1's
    // CQA and governance and organisation 2's CQA, so the CQA round has 3 documents of which 2 are
    // drafts, and the governance round 3 of which 1 is a draft
    SampleDocuments.Written good = SampleDocuments.write(dir.resolve("mixed"), 6, 10);
    List<String> docs = lines(good.jsonLines());
    List<String> mixed = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      String doc = docs.get(i);
      assertThat(doc).contains("\"status\":\"final\"");
      mixed.add(i < 3 ? doc.replace("\"status\":\"final\"", "\"status\":\"draft\"") : doc);
    }
    Path input = dir.resolve("mixed.jsonl");
    Files.write(input, mixed, StandardCharsets.UTF_8);

    // when the round is run as it is, every document is still scored
    int code =
        run(false, input.toString(), "-o", dir.resolve("f").toString(), "--progress", "none");

    // then the cohorts take the final ones: CQA 1 of 3 (2 left out), governance 2 of 3 (1 left out)
    assertThat(code).isEqualTo(ExitCode.ALL_SCORED);
    assertThat(lines(dir.resolve("f").resolve(AssessCommand.SCORECARDS))).hasSize(6);
    assertThat(stdout())
        .contains(
            "round cqa@2025.1 Fiscal year 2024 (B.E. 2567): 1 organisations (2 left out as not final)")
        .contains(
            "round coop-governance@2025.1 Fiscal year 2024 (B.E. 2567): 2 organisations (1 left out"
                + " as not final)");

    // and with --all-statuses, all three of each round
    out.reset();
    run(
        false,
        input.toString(),
        "-o",
        dir.resolve("a").toString(),
        "--progress",
        "none",
        "--all-statuses");
    assertThat(stdout())
        .contains("round cqa@2025.1 Fiscal year 2024 (B.E. 2567): 3 organisations →")
        .contains("round coop-governance@2025.1 Fiscal year 2024 (B.E. 2567): 3 organisations →");
  }

  @Test
  void a_round_with_nothing_wrong_exits_with_0() throws IOException {
    // given six documents, none spoilt (the first spoilt would be the tenth)
    SampleDocuments.Written good = SampleDocuments.write(dir.resolve("good"), 6, 10);
    assertThat(good.spoilt()).isEmpty();

    // when
    int code = run(false, good.jsonLines().toString(), "-o", dir.resolve("g").toString());

    // then
    assertThat(code).isEqualTo(ExitCode.ALL_SCORED);
    assertThat(lines(dir.resolve("g").resolve(AssessCommand.SCORECARDS))).hasSize(6);
  }

  @Test
  void a_wrong_command_line_exits_with_2_and_reads_nothing() {
    assertThat(run(false)).isEqualTo(ExitCode.USAGE);
    assertThat(run(false, "--no-such-option", samples.jsonLines().toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(run(false, samples.jsonLines().toString(), "--progress", "sometimes"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(stderr()).contains("Usage:");
    assertThat(Path.of("assessment-run")).doesNotExist();
  }

  @Test
  void an_input_that_is_not_there_or_an_output_that_cannot_be_written_exits_with_3()
      throws IOException {
    // given no such input; and an output "folder" that is a file
    Path missing = dir.resolve("missing");
    Path aFile = Files.writeString(dir.resolve("a-file"), "x");

    // then
    assertThat(run(false, missing.toString(), "-o", dir.resolve("m").toString()))
        .isEqualTo(ExitCode.STOPPED);
    assertThat(stderr()).contains(missing + " does not exist");
    assertThat(run(false, samples.jsonLines().toString(), "-o", aFile.toString()))
        .isEqualTo(ExitCode.STOPPED);
    assertThat(stderr()).contains("stopped: java.nio.file.FileAlreadyExistsException: " + aFile);
    assertThat(run(false, samples.jsonLines().toString(), "-o", aFile.toString(), "--lang", "th"))
        .isEqualTo(ExitCode.STOPPED);
    assertThat(stderr()).contains("หยุดทำงาน: java.nio.file.FileAlreadyExistsException: " + aFile);
  }

  @Test
  void the_help_lists_the_exit_codes() {
    // when
    int code = run(false, "--help");

    // then
    assertThat(code).isEqualTo(ExitCode.ALL_SCORED);
    assertThat(stdout())
        .contains("Exit codes:")
        .contains("0   every document was scored")
        .contains("1   some documents were rejected")
        .contains("2   the command line was wrong")
        .contains("3   the run stopped");
  }

  @Test
  void without_a_terminal_progress_is_plain_lines_with_count_rate_and_time_left()
      throws IOException {
    // when run with a line per document, not on a terminal
    int code =
        run(
            false,
            samples.jsonLines().toString(),
            "-o",
            dir.resolve("p").toString(),
            "--progress-every",
            "0");

    // then one line per document, in order, each "n/40 documents (p%)" and, once the clock has
    // moved, the rate and the time left; no carriage return, no bar
    assertThat(code).isEqualTo(ExitCode.SOME_REJECTED);
    Pattern format =
        Pattern.compile(
            "(\\d+)/40 documents \\((\\d+)%\\)(, \\d+\\.\\d documents/s, \\d+:\\d\\d left)?");
    List<String> shown = stderr().lines().toList();
    assertThat(shown).hasSize(40);
    for (int n = 1; n <= 40; n++) {
      Matcher m = format.matcher(shown.get(n - 1));
      assertThat(m.matches()).as(shown.get(n - 1)).isTrue();
      assertThat(Integer.parseInt(m.group(1))).isEqualTo(n);
      assertThat(Integer.parseInt(m.group(2))).isEqualTo(n * 100 / 40);
    }
    assertThat(stderr()).doesNotContain("\r").doesNotContain("[#");
  }

  @Test
  void on_a_terminal_progress_is_a_bar_redrawn_in_place() {
    // when
    int code =
        run(
            true,
            samples.jsonLines().toString(),
            "-o",
            dir.resolve("t").toString(),
            "--lang",
            "th");

    // then the bar is drawn over itself and ends full, with a line end; the summary is in Thai
    assertThat(code).isEqualTo(ExitCode.SOME_REJECTED);
    assertThat(stderr())
        .startsWith("\r[")
        .contains("[##############################] 40/40 ฉบับ (100%)")
        .endsWith(System.lineSeparator());
    assertThat(stdout()).contains("คิดคะแนนแล้ว 30 ฉบับ ปฏิเสธ 10 ฉบับ จากทั้งหมด 40 ฉบับ");
  }
}
