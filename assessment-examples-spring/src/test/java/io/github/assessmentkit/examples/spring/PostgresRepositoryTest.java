package io.github.assessmentkit.examples.spring;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The repository's tests on a real PostgreSQL server: Debian's, which {@code .ci/run} installs and
 * starts (with the database and user {@code assessmentkit}). The build passes the server's URL as
 * {@code assessmentkit.postgres.url}; the user and password are {@code assessmentkit} unless {@code
 * assessmentkit.postgres.user} and {@code assessmentkit.postgres.password} say otherwise.
 *
 * <p>With {@code -Dassessmentkit.postgres.required=true} (as {@code .ci/run} runs the build) a
 * server that does not answer fails these tests; without it they are skipped, saying so, so that a
 * contributor without PostgreSQL can still build.
 */
class PostgresRepositoryTest extends RepositoryContract {
  private static final String URL =
      System.getProperty(
          "assessmentkit.postgres.url", "jdbc:postgresql://127.0.0.1:5432/assessmentkit");
  private static final DataSource DATA_SOURCE =
      new SimpleDriverDataSource(
          new org.postgresql.Driver(),
          URL,
          System.getProperty("assessmentkit.postgres.user", "assessmentkit"),
          System.getProperty("assessmentkit.postgres.password", "assessmentkit"));

  @Override
  DataSource dataSource() {
    try (Connection c = DATA_SOURCE.getConnection()) {
      if (!c.isValid(5)) {
        throw new SQLException("the connection is not valid");
      }
    } catch (SQLException e) {
      String why = "PostgreSQL at " + URL + " does not answer: " + e.getMessage();
      if (Boolean.getBoolean("assessmentkit.postgres.required")) {
        fail(why);
      }
      Assumptions.abort(why + " (start it as .ci/run does to run these tests)");
    }
    return DATA_SOURCE;
  }

  @Override
  boolean cleanFirst() {
    return true;
  }
}
