package app.safepost.shell.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.ApiPage;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every list the API answers is paged with a largest page: a size above it is a 400 problem naming the
 * maximum, and a page of one holds one item with the whole list's length in a header. The list
 * endpoints come from Spring's request mappings (every mapping under /api answering a collection), so a
 * new list endpoint without a case here, and so without paging, fails the build.
 */
@SafepostServerTest
class ApiListPagingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A list endpoint called as someone who may read it. */
    record Call(String user, String path) {}

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, Call> cases = new LinkedHashMap<>();

    @BeforeEach
    void cases() {
        var pupil = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select id::text from pupil where not archived order by upn limit 1", String.class));
        cases.put("GET /api/v1/accounts", new Call(DemoUsers.HEAD, "/api/v1/accounts"));
        cases.put("GET /api/v1/pupils", new Call(DemoUsers.OFFICE, "/api/v1/pupils"));
        cases.put("GET /api/v1/audit/{entityType}/{id}", new Call(DemoUsers.DEPUTY, "/api/v1/audit/pupil/" + pupil));
        cases.put("GET /api/v1/trust/schools", new Call(DemoUsers.TRUST, "/api/v1/trust/schools"));
    }

    @Test
    void every_list_endpoint_of_the_api_has_a_paging_case() {
        var lists = new TreeSet<String>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, method) -> {
                    if (!answersACollection(method.getMethod().getGenericReturnType())) {
                        return;
                    }
                    var methods = info.getMethodsCondition().getMethods().stream()
                            .map(Enum::name)
                            .toList();
                    info.getPatternValues().stream()
                            .filter(path -> path.startsWith("/api/"))
                            .forEach(path -> (methods.isEmpty() ? List.of("*") : methods)
                                    .forEach(m -> lists.add(m + " " + path)));
                }));

        assertThat(lists).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(lists);
    }

    private static boolean answersACollection(Type type) {
        if (type instanceof ParameterizedType generic) {
            var raw = (Class<?>) generic.getRawType();
            return Collection.class.isAssignableFrom(raw)
                    || ResponseEntity.class.equals(raw) && answersACollection(generic.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> plain && (Collection.class.isAssignableFrom(plain) || plain.isArray());
    }

    @TestFactory
    Stream<DynamicTest> a_size_above_the_largest_page_is_refused_naming_the_maximum() {
        cases();
        return cases.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    var call = entry.getValue();
                    var refused = new Api(port).get(call.path() + "?size=" + (ApiPage.MAX_SIZE + 1), call.user());
                    assertThat(refused.statusCode()).isEqualTo(400);
                    assertThat(refused.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(refused.body())
                            .contains(
                                    "/problems/page-size",
                                    "\"maxSize\":" + ApiPage.MAX_SIZE,
                                    "between 1 and " + ApiPage.MAX_SIZE);
                    assertThat(new Api(port)
                                    .get(call.path() + "?page=-1", call.user())
                                    .statusCode())
                            .isEqualTo(400);
                }));
    }

    @TestFactory
    Stream<DynamicTest> a_page_of_one_holds_one_item_and_says_how_many_there_are() {
        cases();
        return cases.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    var call = entry.getValue();
                    var all = new Api(port).get(call.path(), call.user());
                    assertThat(all.statusCode()).isEqualTo(200);
                    int total = JSON.readTree(all.body()).size();
                    assertThat(total).as("a list with something in it").isGreaterThan(0);
                    assertThat(all.headers().firstValue(ApiPage.TOTAL_COUNT)).hasValue(Integer.toString(total));

                    var first = new Api(port).get(call.path() + "?size=1", call.user());
                    assertThat(JSON.readTree(first.body()).size()).isEqualTo(1);
                    assertThat(first.headers().firstValue(ApiPage.TOTAL_COUNT)).hasValue(Integer.toString(total));
                    assertThat(first.headers().firstValue("Link").isPresent())
                            .as("a link to the next page")
                            .isEqualTo(total > 1);
                    var beyond = new Api(port).get(call.path() + "?page=" + total + "&size=1", call.user());
                    assertThat(JSON.readTree(beyond.body()).size())
                            .as("past the end")
                            .isZero();
                }));
    }
}
