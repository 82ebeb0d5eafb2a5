package app.safepost.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.SafepostServerTest;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/v1/search} over real HTTP: a page of what SLT find, and a clear 400 for what it cannot take. */
@SafepostServerTest
class SearchApiTest {

    @LocalServerPort
    int port;

    private Api api() {
        return new Api(port);
    }

    /** Two drafts of the whole-school account holding a word no other record holds. */
    private String twoDraftsWithARareWord() {
        var accounts = api().get("/api/v1/accounts", "deputy").body();
        var matcher = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"handle\":\"@JesseGrayPrimary\"")
                .matcher(accounts);
        assertThat(matcher.find()).as(accounts).isTrue();
        var word = "zqapi" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        for (var n : List.of("one", "two")) {
            var created = api().send(
                            "POST",
                            "/api/v1/drafts",
                            "deputy",
                            "application/json",
                            "{\"accountId\":\"" + matcher.group(1) + "\",\"text\":\"Our " + word + " day, part " + n
                                    + ".\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return word;
    }

    @Test
    void slt_get_a_page_of_records_with_its_count_and_whether_more_follow() {
        var word = twoDraftsWithARareWord();

        var response = api().get("/api/v1/search?q=" + word + "&size=1", "deputy");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"words\":\"" + word + "\"",
                        "\"page\":0",
                        "\"size\":1",
                        "\"total\":2",
                        "\"more\":true",
                        "\"kind\":\"draft\"",
                        "part two.",
                        "\"link\":\"review/")
                .doesNotContain("part one.");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({"q=a, q", "q=assembly&size=51, size", "q=assembly&size=0, size", "q=assembly&page=-1, page"})
    void what_a_search_cannot_take_is_refused_with_the_field_named(String query, String field) {
        var response = api().get("/api/v1/search?" + query, "deputy");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }
}
