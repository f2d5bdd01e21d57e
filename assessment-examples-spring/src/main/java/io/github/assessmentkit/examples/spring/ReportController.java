package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.report.CohortReport;
import io.github.assessmentkit.report.HistoryReport;
import io.github.assessmentkit.report.RendererRegistry;
import io.github.assessmentkit.report.ScorecardReport;
import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports of {@code assessment-report}, rendered from what is stored:
 *
 * <ul>
 *   <li>{@code GET /assessments/{id}/report}: the scorecard report of a stored assessment, as one
 *       self-contained HTML page, or as Markdown with {@code Accept: text/markdown} or {@code
 *       format=markdown};
 *   <li>{@code GET /rounds/{province}/{fiscalYear}/report?rubric=cqa&status=final}: the report of a
 *       province's round (the organisations as {@code GET /rounds/...} takes them), as HTML, or as
 *       CSV (one row per organisation, with a byte order mark) with {@code Accept: text/csv} or
 *       {@code format=csv};
 *   <li>{@code GET /organisations/{subjectId}/history/report?rubric=cqa}: the report of an
 *       organisation's history (as {@code GET /organisations/{subjectId}/history} builds it), as
 *       HTML.
 * </ul>
 *
 * <p>A report is in Thai or English by {@code Accept-Language} (English when it names neither), or
 * as {@code lang} says: {@code th}, {@code en} or {@code both} (Thai and English side by side).
 * Nothing stored is a 404 problem detail, a format or language the service does not have a 400.
 */
@RestController
class ReportController {
  /** The {@code format} of Markdown, besides the renderer's id. */
  private static final String MD = "md";

  private final ReportService reports;
  private final RendererRegistry renderers = RendererRegistry.standard();

  ReportController(ReportService reports) {
    this.reports = reports;
  }

  /** The scorecard report of a stored assessment; 404 when none has that id. */
  @GetMapping("/assessments/{id}/report")
  ResponseEntity<byte[]> scorecard(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String format,
      @RequestParam(required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      Locale locale)
      throws IOException {
    String chosen =
        format(
            format,
            accept,
            List.of(ReportRenderer.HTML, ReportRenderer.MARKDOWN),
            "text/markdown",
            ReportRenderer.MARKDOWN);
    ReportLanguage language = language(lang, locale);
    ScorecardReport report = reports.scorecard(id);
    return respond(renderers.renderer(ScorecardReport.class, chosen), report, language, null);
  }

  /** The report of a province's round; 404 when nothing of it is stored. */
  @GetMapping("/rounds/{province}/{fiscalYear}/report")
  ResponseEntity<byte[]> round(
      @PathVariable String province,
      @PathVariable String fiscalYear,
      @RequestParam(defaultValue = "cqa") String rubric,
      @RequestParam(defaultValue = "final") List<String> status,
      @RequestParam(required = false) @Nullable String format,
      @RequestParam(required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      Locale locale)
      throws IOException {
    String chosen =
        format(
            format,
            accept,
            List.of(ReportRenderer.HTML, ReportRenderer.CSV),
            "text/csv",
            ReportRenderer.CSV);
    ReportLanguage language = language(lang, locale);
    CohortReport report = reports.round(province, fiscalYear, rubric, status);
    ReportRenderer<CohortReport> renderer = renderers.renderer(CohortReport.class, chosen);
    String attachment =
        ReportRenderer.CSV.equals(chosen)
            ? "round-"
                + report.cohort().rubric().id()
                + "-"
                + report.cohort().rubric().version()
                + "-"
                + report.cohort().period().buddhistEra()
                + "."
                + renderer.fileExtension()
            : null;
    return respond(renderer, report, language, attachment);
  }

  /** The report of an organisation's history; 404 when none of its final assessments is stored. */
  @GetMapping("/organisations/{subjectId}/history/report")
  ResponseEntity<byte[]> history(
      @PathVariable String subjectId,
      @RequestParam(defaultValue = "cqa") String rubric,
      @RequestParam(required = false) @Nullable String format,
      @RequestParam(required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      Locale locale)
      throws IOException {
    // HTML is its one format; a format parameter naming another is refused as for the others.
    String chosen =
        format(
            format,
            accept,
            List.of(ReportRenderer.HTML),
            MediaType.TEXT_HTML_VALUE,
            ReportRenderer.HTML);
    ReportLanguage language = language(lang, locale);
    HistoryReport report = reports.history(subjectId, rubric);
    return respond(renderers.renderer(HistoryReport.class, chosen), report, language, null);
  }

  /**
   * The renderer's id: the {@code format} parameter when given, else the first of {@code text/html}
   * and the other format's type that the {@code Accept} header names, else HTML.
   */
  private static String format(
      @Nullable String format,
      @Nullable String accept,
      List<String> formats,
      String otherType,
      String other) {
    if (format != null) {
      String f = format.trim().toLowerCase(Locale.ROOT);
      if (MD.equals(f) && formats.contains(ReportRenderer.MARKDOWN)) {
        return ReportRenderer.MARKDOWN;
      }
      if (!formats.contains(f)) {
        throw new RefusedRequestException(
            HttpStatus.BAD_REQUEST,
            ServiceMessages.badRequestTitle(),
            ServiceMessages.badFormat(format, String.join(", ", formats)));
      }
      return f;
    }
    if (accept != null) {
      MediaType wanted = MediaType.parseMediaType(otherType);
      List<MediaType> types;
      try {
        types = MediaType.parseMediaTypes(accept);
      } catch (InvalidMediaTypeException e) {
        return ReportRenderer.HTML; // a header that cannot be read asks for nothing in particular
      }
      for (MediaType type : types) {
        if (type.isWildcardType() || type.isWildcardSubtype()) {
          continue;
        }
        if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
          return ReportRenderer.HTML;
        }
        if (type.isCompatibleWith(wanted)) {
          return other;
        }
      }
    }
    return ReportRenderer.HTML;
  }

  /** The report's language: {@code lang} when given, else the request's locale. */
  private static ReportLanguage language(@Nullable String lang, Locale locale) {
    if (lang == null) {
      return Language.of(locale) == Language.TH ? ReportLanguage.THAI : ReportLanguage.ENGLISH;
    }
    return switch (lang.trim().toLowerCase(Locale.ROOT)) {
      case "th" -> ReportLanguage.THAI;
      case "en" -> ReportLanguage.ENGLISH;
      case "both" -> ReportLanguage.BOTH;
      default ->
          throw new RefusedRequestException(
              HttpStatus.BAD_REQUEST,
              ServiceMessages.badRequestTitle(),
              ServiceMessages.badLanguage(lang));
    };
  }

  private static <R> ResponseEntity<byte[]> respond(
      ReportRenderer<R> renderer, R report, ReportLanguage language, @Nullable String attachment)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(report, ReportOptions.of(language), out);
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(HttpStatus.OK)
            .contentType(MediaType.parseMediaType(renderer.mediaType()))
            .header(
                HttpHeaders.CONTENT_LANGUAGE,
                String.join(
                    ", ",
                    language.languages().stream()
                        .map(l -> l.name().toLowerCase(Locale.ROOT))
                        .toList()))
            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE);
    if (attachment != null) {
      response.header(
          HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment().filename(attachment).build().toString());
    }
    return response.body(out.toByteArray());
  }
}
