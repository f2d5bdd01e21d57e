package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scoring.RubricRegistry;
import io.github.assessmentkit.scoring.UnknownRubricException;
import io.github.assessmentkit.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registered rubrics: {@code GET /rubrics} lists them, {@code GET /rubrics/{ref}} sends one as
 * an {@code assessmentkit/rubric} document ({@code ref} is {@code id} for the newest version or
 * {@code id@version}).
 */
@RestController
@RequestMapping("/rubrics")
class RubricController {
  private final RubricRegistry rubrics;
  private final AssessmentJson json;

  RubricController(RubricRegistry rubrics, AssessmentJson json) {
    this.rubrics = rubrics;
    this.json = json;
  }

  /** Every registered rubric: its reference, id, version and title in the request's language. */
  @GetMapping
  List<Map<String, String>> list(Locale locale) {
    Language language = Language.of(locale);
    List<Map<String, String>> out = new ArrayList<>();
    for (Rubric r : rubrics.all()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("ref", r.ref().toString());
      m.put("id", r.id());
      m.put("version", r.version());
      m.put("title", r.title().get(language));
      m.put("href", "/rubrics/" + r.ref());
      out.add(m);
    }
    return out;
  }

  /** One rubric as a document; 404 with problem details when none has that reference. */
  @GetMapping("/{ref}")
  ResponseEntity<byte[]> get(@PathVariable String ref) {
    Rubric rubric;
    try {
      rubric = rubrics.get(ref);
    } catch (UnknownRubricException e) {
      throw new RefusedRequestException(
          HttpStatus.NOT_FOUND,
          ServiceMessages.notFoundTitle(),
          ServiceMessages.unknownRubric(ref));
    }
    return JsonDocuments.respond(HttpStatus.OK, json.writeString(rubric));
  }
}
