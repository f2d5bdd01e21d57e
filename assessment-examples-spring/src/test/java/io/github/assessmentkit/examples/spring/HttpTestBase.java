package io.github.assessmentkit.examples.spring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running service for the HTTP tests, on the loopback interface and a random port, with an H2
 * database in memory and a 1 MiB document limit; the test classes share it (Spring keeps one
 * context for one configuration). Requests go through the JDK's HTTP client.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "spring.datasource.url=jdbc:h2:mem:service-test;DB_CLOSE_DELAY=-1",
      "assessmentkit.service.max-document-bytes=1048576",
      "logging.level.root=warn"
    })
abstract class HttpTestBase {
  /** Reads numbers as decimals, as written (600.00 stays 600.00). */
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @LocalServerPort int port;

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept-Language", language)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String contentType, String body, String language)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .header("Accept-Language", language)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
    return post(path, "application/json", body, "en");
  }

  static JsonNode tree(HttpResponse<String> response) {
    return MAPPER.readTree(response.body());
  }
}
