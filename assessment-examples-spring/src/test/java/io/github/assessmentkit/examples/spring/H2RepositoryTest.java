package io.github.assessmentkit.examples.spring;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The repository's tests on H2, the service's default database: a new one in memory per test. */
class H2RepositoryTest extends RepositoryContract {
  @Override
  DataSource dataSource() {
    return new SimpleDriverDataSource(
        new org.h2.Driver(),
        "jdbc:h2:mem:repository-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "sa",
        "");
  }

  @Override
  boolean cleanFirst() {
    return false;
  }
}
