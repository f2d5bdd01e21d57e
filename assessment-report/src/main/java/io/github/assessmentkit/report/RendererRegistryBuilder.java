package io.github.assessmentkit.report;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.report.internal.CohortCsvRenderer;
import io.github.assessmentkit.report.internal.CohortHtmlRenderer;
import io.github.assessmentkit.report.internal.HistoryHtmlRenderer;
import io.github.assessmentkit.report.internal.ReportChecks;
import io.github.assessmentkit.report.internal.ScorecardHtmlRenderer;
import io.github.assessmentkit.report.internal.ScorecardMarkdownRenderer;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.text.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Builds a {@link RendererRegistry}. Not thread-safe: meant for one thread. {@link #build()} copies
 * what was added, so the builder may go on being used without changing a registry it built.
 */
public final class RendererRegistryBuilder {
  private final Map<Class<?>, Map<String, ReportRenderer<?>>> byType = new LinkedHashMap<>();

  RendererRegistryBuilder() {}

  /**
   * Adds a renderer.
   *
   * @param renderer the renderer
   * @return this builder
   * @throws AssessmentException if a renderer with the same id is already added for its report type
   */
  public RendererRegistryBuilder add(ReportRenderer<?> renderer) {
    ReportChecks.notNull(renderer, "renderer");
    Class<?> type = ReportChecks.notNull(renderer.reportType(), "renderer reportType");
    String id = ReportChecks.notBlank(renderer.id(), "renderer id");
    Map<String, ReportRenderer<?>> ofType =
        byType.computeIfAbsent(type, t -> new LinkedHashMap<>());
    if (ofType.putIfAbsent(id, renderer) != null) {
      throw new AssessmentException(
          Text.of(
              "มีตัวสร้างรายงาน \"" + id + "\" สำหรับ " + type.getSimpleName() + " อยู่แล้ว",
              "a renderer \"" + id + "\" for " + type.getSimpleName() + " is already added"));
    }
    return this;
  }

  /**
   * Adds the standard renderers: HTML and Markdown for a scorecard, HTML and CSV for a round, HTML
   * for an organisation's years.
   *
   * @return this builder
   */
  public RendererRegistryBuilder addStandard() {
    add(new ScorecardHtmlRenderer());
    add(new ScorecardMarkdownRenderer());
    add(new CohortHtmlRenderer());
    add(new CohortCsvRenderer());
    add(new HistoryHtmlRenderer());
    return this;
  }

  /**
   * Adds the renderers found by {@link ServiceLoader} on the class path or module path.
   *
   * @return this builder
   * @throws AssessmentException if a found renderer repeats an id for its report type
   */
  @SuppressWarnings("rawtypes")
  public RendererRegistryBuilder discover() {
    ServiceLoader.load(ReportRenderer.class).forEach(this::add);
    return this;
  }

  /** {@return an immutable registry of the renderers added so far} */
  public RendererRegistry build() {
    return new RendererRegistry(byType);
  }
}
