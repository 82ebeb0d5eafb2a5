package app.safepost.security.ui;

import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the demo sign-in form says after a wrong password, and once too many failed. */
class SignInViewTest extends ScreenTest {

    @Test
    void a_throttled_sign_in_is_told_how_long_to_wait() {
        navigate("login?throttled=15", SignInView.class);
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getI18n().getErrorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
        assertThat(form.getI18n().getErrorMessage().getMessage())
                .isEqualTo("Too many failed sign-ins from this address. Try again in 15 minutes.");
    }

    @Test
    void a_wrong_password_is_told_to_check_it() {
        navigate("login?error", SignInView.class);
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getI18n().getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
    }
}
