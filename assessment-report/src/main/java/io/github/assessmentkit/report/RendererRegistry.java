package io.github.assessmentkit.report;

import io.github.assessmentkit.AssessmentException;
import io.github.assessmentkit.report.internal.ReportChecks;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The renderers an application uses, found by report type and id: {@code
 * registry.renderer(ScorecardReport.class, ReportRenderer.HTML)}. Immutable and thread-safe.
 *
 * <p>The standard ones are, for a {@link ScorecardReport}, {@value ReportRenderer#HTML} and {@value
 * ReportRenderer#MARKDOWN}; for a {@link CohortReport}, {@value ReportRenderer#HTML} and {@value
 * ReportRenderer#CSV}; for a {@link HistoryReport}, {@value ReportRenderer#HTML}. A new kind of
 * report brings its own report type and renderers and is added like any other.
 */
public final class RendererRegistry {
  private final Map<Class<?>, Map<String, ReportRenderer<?>>> byType;

  RendererRegistry(Map<Class<?>, Map<String, ReportRenderer<?>>> byType) {
    Map<Class<?>, Map<String, ReportRenderer<?>>> copy = new LinkedHashMap<>();
    byType.forEach((type, renderers) -> copy.put(type, Map.copyOf(renderers)));
    this.byType = Map.copyOf(copy);
  }

  /** {@return the standard renderers} */
  public static RendererRegistry standard() {
    return builder().addStandard().build();
  }

  /** {@return a builder of a registry, empty} */
  public static RendererRegistryBuilder builder() {
    return new RendererRegistryBuilder();
  }

  /**
   * Returns the renderer of a report type with an id.
   *
   * @param <R> the report type
   * @param reportType the report type
   * @param id the renderer's id
   * @return the renderer
   * @throws AssessmentException naming the type and the id when there is no such renderer
   */
  public <R> ReportRenderer<R> renderer(Class<R> reportType, String id) {
    return find(reportType, id)
        .orElseThrow(
            () ->
                new AssessmentException(
                    Text.of(
                        "ไม่มีตัวสร้างรายงาน \""
                            + id
                            + "\" สำหรับ "
                            + reportType.getSimpleName()
                            + " (มี "
                            + ids(reportType)
                            + ")",
                        "no renderer \""
                            + id
                            + "\" for "
                            + reportType.getSimpleName()
                            + " (known: "
                            + ids(reportType)
                            + ")")));
  }

  /**
   * Returns the renderer of a report type with an id, if there is one.
   *
   * @param <R> the report type
   * @param reportType the report type
   * @param id the renderer's id
   * @return the renderer, or empty
   */
  public <R> Optional<ReportRenderer<R>> find(Class<R> reportType, String id) {
    ReportChecks.notNull(reportType, "reportType");
    ReportChecks.notNull(id, "id");
    ReportRenderer<?> found = byType.getOrDefault(reportType, Map.of()).get(id);
    if (found == null) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked") // added only under its own reportType()
    ReportRenderer<R> typed = (ReportRenderer<R>) found;
    return Optional.of(typed);
  }

  /**
   * Returns the ids of the renderers of a report type, sorted.
   *
   * @param reportType the report type
   * @return the ids, empty when there is none
   */
  public List<String> ids(Class<?> reportType) {
    return byType.getOrDefault(reportType, Map.of()).keySet().stream().sorted().toList();
  }
}
