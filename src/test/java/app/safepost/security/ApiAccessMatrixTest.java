package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API access matrix in demo mode: demo users authenticate with HTTP Basic. */
@SafepostServerTest
class ApiAccessMatrixTest extends ApiAccessMatrix {

    @LocalServerPort
    int port;

    @Override
    Api api() {
        return new Api(port);
    }

    @Override
    String signInPath() {
        return "/login";
    }

    @Override
    String challenge() {
        return "Basic";
    }

    @Test
    void a_wrong_password_is_401_and_never_a_session() {
        var response = api().getWithPassword("/api/v1/me", DemoUsers.TEACHER, "not-the-password");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }
}
