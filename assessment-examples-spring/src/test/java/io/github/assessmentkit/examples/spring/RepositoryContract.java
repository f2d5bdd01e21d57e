package io.github.assessmentkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.Scorer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The repository's tests, run against every database the service supports: each subclass gives a
 * data source, and every test starts from an empty database migrated by the service's own Flyway
 * migrations.
 */
abstract class RepositoryContract {
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC);

  private AssessmentRepository repository;
  private JdbcClient jdbc;

  /** {@return the database under test, called once before each test} */
  abstract DataSource dataSource();

  /** {@return whether the database is emptied (Flyway's clean) before each test} */
  abstract boolean cleanFirst();

  @BeforeEach
  void emptySchema() {
    DataSource ds = dataSource();
    Flyway flyway =
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/migration")
            .cleanDisabled(false)
            .load();
    if (cleanFirst()) {
      flyway.clean();
    }
    flyway.migrate();
    jdbc = JdbcClient.create(ds);
    repository = new AssessmentRepository(jdbc);
  }

  private static StoredAssessment row(Assessment a, int minutesAfterT0) {
    Scorecard card = Scorer.standard().score(TestDocuments.CQA, a);
    return new StoredAssessment(
        a.id(),
        a.subject().id(),
        a.subject().province(),
        a.rubric().toString(),
        a.period().buddhistEra(),
        a.kind().name(),
        a.status().name(),
        TestDocuments.document(a),
        TestDocuments.JSON.writeString(card),
        TestDocuments.JSON.writeSummaries(List.of(OrganisationSummary.of(card))),
        T0.plusMinutes(minutesAfterT0),
        1);
  }

  @Test
  void storesAndFindsAnAssessmentAsItWasGiven() {
    Assessment a = TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.DRAFT, 50);
    StoredAssessment given = row(a, 0);

    assertThat(repository.store(given)).isEqualTo(StoreOutcome.CREATED);

    StoredAssessment found = repository.find("a-1").orElseThrow();
    assertThat(found.document()).isEqualTo(given.document());
    assertThat(found.scorecard()).isEqualTo(given.scorecard());
    assertThat(found.summary()).isEqualTo(given.summary());
    assertThat(found.subjectId()).isEqualTo("coop-1");
    assertThat(found.province()).isEqualTo("Loei");
    assertThat(found.rubric()).isEqualTo("cqa@2025.1");
    assertThat(found.fiscalYear()).isEqualTo(2567);
    assertThat(found.status()).isEqualTo("DRAFT");
    assertThat(found.storedAt().toInstant()).isEqualTo(given.storedAt().toInstant());
    assertThat(found.revision()).isEqualTo(1);
    // What was stored reads back through the codec as the assessment it came from.
    assertThat(TestDocuments.JSON.readAssessment(found.document())).isEqualTo(a);
    assertThat(repository.find("a-2")).isEmpty();
  }

  @Test
  void replacesAnAssessmentThatIsNotFinal() {
    repository.store(
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.DRAFT, 50), 0));
    StoredAssessment submitted =
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.SUBMITTED, 60), 1);

    assertThat(repository.store(submitted)).isEqualTo(StoreOutcome.REPLACED);

    StoredAssessment found = repository.find("a-1").orElseThrow();
    assertThat(found.status()).isEqualTo("SUBMITTED");
    assertThat(found.document()).isEqualTo(submitted.document());
    assertThat(found.revision()).isEqualTo(2);
    assertThat(repository.count()).isEqualTo(1);
  }

  @Test
  void neverChangesAFinalAssessment() {
    StoredAssessment fin =
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.FINAL, 50), 0);
    repository.store(fin);

    // Neither a changed final one nor a draft of the same id replaces it.
    StoredAssessment changed =
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.FINAL, 90), 1);
    StoredAssessment draft =
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.DRAFT, 90), 2);
    assertThat(repository.store(changed)).isEqualTo(StoreOutcome.REFUSED_FINAL);
    assertThat(repository.store(draft)).isEqualTo(StoreOutcome.REFUSED_FINAL);

    StoredAssessment found = repository.find("a-1").orElseThrow();
    assertThat(found.document()).isEqualTo(fin.document());
    assertThat(found.status()).isEqualTo("FINAL");
    assertThat(found.revision()).isEqualTo(1);
    assertThat(found.isFinal()).isTrue();
  }

  @Test
  void aFinalAssessmentResistsAPlainUpdateThroughTheRepositorysStatement() {
    // The replacement statement itself carries the rule, so it holds under any interleaving:
    // run it directly on a final row and nothing changes.
    repository.store(
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.FINAL, 50), 0));
    int changed =
        jdbc.sql("UPDATE assessment SET document = 'x' WHERE id = 'a-1' AND status <> 'FINAL'")
            .update();
    assertThat(changed).isZero();
  }

  @Test
  void onlyOneFinalVersionIsEverStoredWhateverTheInterleaving() throws Exception {
    // 8 threads store 96 versions of one assessment at once, every third one final, the others
    // submitted (submitted may be corrected, or made final). However the statements interleave,
    // exactly one final version gets in (added, or replacing a submitted one), every later
    // attempt is refused, and the stored row is that one.
    int versions = 96;
    List<StoredAssessment> rows = new ArrayList<>();
    for (int v = 0; v < versions; v++) {
      AssessmentStatus status = v % 3 == 2 ? AssessmentStatus.FINAL : AssessmentStatus.SUBMITTED;
      rows.add(row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, status, 5 * (v % 21)), v));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<StoreOutcome>> outcomes = new ArrayList<>();
    try {
      for (StoredAssessment r : rows) {
        outcomes.add(pool.submit(() -> repository.store(r)));
      }
      List<StoredAssessment> finalsIn = new ArrayList<>();
      for (int v = 0; v < versions; v++) {
        StoreOutcome o = outcomes.get(v).get(1, TimeUnit.MINUTES);
        if (rows.get(v).isFinal() && o != StoreOutcome.REFUSED_FINAL) {
          finalsIn.add(rows.get(v));
        }
      }
      assertThat(finalsIn).hasSize(1);
      StoredAssessment found = repository.find("a-1").orElseThrow();
      assertThat(found.storedAt().toInstant()).isEqualTo(finalsIn.get(0).storedAt().toInstant());
      assertThat(found.document()).isEqualTo(finalsIn.get(0).document());
      assertThat(repository.count()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void replacesOnlyAlongTheModelsMovesOfStatus() {
    repository.store(
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.DRAFT, 50), 0));

    // A draft goes to submitted, not straight to final or reviewed.
    for (AssessmentStatus skip : List.of(AssessmentStatus.FINAL, AssessmentStatus.REVIEWED)) {
      assertThat(
              repository.store(row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, skip, 60), 1)))
          .isEqualTo(StoreOutcome.REFUSED_MOVE);
    }
    assertThat(repository.find("a-1").orElseThrow().status()).isEqualTo("DRAFT");
    // A draft may be corrected as a draft, then submitted; a submitted one returned as a draft.
    for (AssessmentStatus next :
        List.of(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, AssessmentStatus.DRAFT)) {
      assertThat(
              repository.store(row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, next, 60), 2)))
          .isEqualTo(StoreOutcome.REPLACED);
    }
    assertThat(repository.find("a-1").orElseThrow().revision()).isEqualTo(4);
  }

  @Test
  void theDatabaseRefusesAStatusTheModelDoesNotHave() {
    StoredAssessment draft =
        row(TestDocuments.cqa("a-1", "coop-1", "Loei", 2567, AssessmentStatus.DRAFT, 50), 0);
    StoredAssessment lost =
        new StoredAssessment(
            draft.id(),
            draft.subjectId(),
            draft.province(),
            draft.rubric(),
            draft.fiscalYear(),
            draft.kind(),
            "LOST",
            draft.document(),
            draft.scorecard(),
            draft.summary(),
            draft.storedAt(),
            1);
    assertThatThrownBy(() -> repository.store(lost))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(repository.count()).isZero();
  }

  @Test
  void theRoundTakesTheLastStoredAssessmentOfEachOrganisationOfTheProvinceYearAndStatus() {
    // In the round: coop-1 (stored twice under two ids: the later one, 70 %, counts) and coop-2.
    repository.store(
        row(TestDocuments.cqa("c1-early", "coop-1", "Loei", 2567, AssessmentStatus.FINAL, 40), 0));
    repository.store(
        row(TestDocuments.cqa("c1-late", "coop-1", "Loei", 2567, AssessmentStatus.FINAL, 70), 5));
    repository.store(
        row(TestDocuments.cqa("c2", "coop-2", "Loei", 2567, AssessmentStatus.FINAL, 50), 1));
    // Not in it: a draft, another province, another year.
    repository.store(
        row(TestDocuments.cqa("c3", "coop-3", "Loei", 2567, AssessmentStatus.DRAFT, 90), 2));
    repository.store(
        row(TestDocuments.cqa("c4", "coop-4", "Udon Thani", 2567, AssessmentStatus.FINAL, 90), 3));
    repository.store(
        row(TestDocuments.cqa("c5", "coop-5", "Loei", 2566, AssessmentStatus.FINAL, 90), 4));

    List<String> summaries = repository.roundSummaries("cqa@2025.1", 2567, "Loei", Set.of("FINAL"));

    assertThat(summaries).hasSize(2);
    List<OrganisationSummary> read =
        summaries.stream().flatMap(s -> TestDocuments.JSON.readSummaries(s).stream()).toList();
    assertThat(read).extracting(OrganisationSummary::subjectId).containsExactly("coop-1", "coop-2");
    // coop-1's later assessment: 70 % of 1000 = 700 points.
    assertThat(read.get(0).total().toString()).isEqualTo("700");
    assertThat(repository.roundSummaries("cqa@2025.1", 2567, "Loei", Set.of("FINAL", "DRAFT")))
        .hasSize(3);
    assertThat(repository.roundSummaries("cqa@2025.1", 2567, "Khon Kaen", Set.of("FINAL")))
        .isEmpty();
  }
}
