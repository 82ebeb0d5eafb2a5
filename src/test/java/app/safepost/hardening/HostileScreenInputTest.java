package app.safepost.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.DemoSignIn;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.HostileInput;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every text field of every screen, opened by a role that may use it, filled with each value of the
 * hostile corpus, then the screen's main action pressed (and the main action of any dialog it
 * opens): no exception escapes, no error page, no notice names a class or stack frame.
 */
@HostilePortal
class HostileScreenInputTest extends SpringBrowserlessTest {

    /** Who opens each screen: the first of these the route allows. */
    private static final List<String> PREFERRED = List.of(
            DemoUsers.OFFICE,
            DemoUsers.HEAD,
            DemoUsers.COMPUTING,
            DemoUsers.TEACHER,
            DemoUsers.GOVERNOR,
            DemoUsers.TRUST);

    /** Screens that are only a list to print (no fields, no actions). */
    private static final Set<String> SKIPPED = Set.of("login", "photo-consent/print");

    @Autowired
    DemoSignIn demoSignIn;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        var user = demoSignIn.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** The screens' share of the corpus: one of each kind, long strings included. */
    private static final Set<String> SCREEN_PAYLOADS = Set.of(
            "script-tag",
            "img-onerror",
            "attribute-breakout",
            "vaadin-html",
            "markdown-link",
            "sql-quote",
            "sql-like",
            "path-traversal",
            "nul-byte",
            "control-characters",
            "line-breaks",
            "rtl-override",
            "zero-width-joiners",
            "lone-surrogate",
            "csv-formula",
            "long-ascii",
            "long-unicode",
            "empty");

    static List<String> screenRoutes() {
        return app.safepost.security.ScreenAccess.routes().stream()
                .filter(r -> !SKIPPED.contains(r))
                .sorted()
                .toList();
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("screenRoutes")
    void every_text_field_of_the_screen_takes_the_hostile_corpus_without_an_error(String route) {
        var user = userFor(route);
        assertThat(user).as("someone may open /" + route).isNotNull();
        var wrong = new ArrayList<String>();
        for (var payload : HostileInput.corpus()) {
            if (!SCREEN_PAYLOADS.contains(payload.name())) {
                continue;
            }
            signInAs(user);
            try {
                navigate(concrete(route), Component.class);
                fillAndAct(payload.value());
                var view = getCurrentView().getClass().getSimpleName();
                if (view.contains("Error") || view.contains("AccessDenied")) {
                    wrong.add(payload + " → " + view);
                }
                for (var notice : $(Notification.class).all()) {
                    var text = notice.getElement().getProperty("text", "")
                            + notice.getElement().getTextRecursively();
                    if (text.contains("Exception")
                            || text.contains("Something went wrong")
                            || text.contains("at app.")) {
                        wrong.add(payload + " → notice " + text);
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                wrong.add(payload + " → " + rootCause(e));
            }
        }
        assertThat(wrong).as("/" + route + " as " + user).isEmpty();
    }

    /**
     * Every text field a screen shows, and those of the dialogs its first primary buttons open, says
     * how long its text may be, so the browser stops there (the service refuses longer text anyway).
     */
    @ParameterizedTest(name = "/{0}")
    @MethodSource("screenRoutes")
    void every_text_field_of_the_screen_has_a_maximum_length(String route) {
        signInAs(userFor(route));
        navigate(concrete(route), Component.class);
        var unlimited = new TreeSet<String>();
        var pressed = new HashSet<Button>();
        for (int round = 0; round < 3; round++) {
            for (var field : textFields()) {
                if (test(field).isUsable()
                        && !((HasValue<?, ?>) field).isReadOnly()
                        && field.getElement().getProperty("maxlength", 0.0) <= 0) {
                    unlimited.add(field.getClass().getSimpleName() + " \""
                            + field.getElement().getProperty("label", "") + "\"");
                }
            }
            var primary = $(Button.class).all().stream()
                    .filter(b -> !pressed.contains(b) && test(b).isUsable())
                    .filter(b -> b.getThemeNames().contains("primary"))
                    .findFirst();
            if (primary.isEmpty()) {
                break;
            }
            pressed.add(primary.get());
            test(primary.get()).click();
            closeNotifications();
        }
        assertThat(unlimited)
                .as("fields of /" + route + " without a maximum length")
                .isEmpty();
    }

    private static String rootCause(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var where = java.util.Arrays.stream(root.getStackTrace())
                .filter(f -> f.getClassName().startsWith("app.safepost"))
                .findFirst()
                .map(f -> " at " + f)
                .orElse("");
        var text = String.valueOf(root);
        return (text.length() > 300 ? text.substring(0, 300) : text) + where;
    }

    /** Fills every usable text field, presses the first usable primary button, up to three rounds (dialogs). */
    private int fillAndAct(String value) {
        closeNotifications();
        int filled = 0;
        var pressed = new HashSet<Button>();
        for (int round = 0; round < 3; round++) {
            for (var field : textFields()) {
                if (test(field).isUsable() && !((HasValue<?, ?>) field).isReadOnly()) {
                    set(field, value);
                    filled++;
                }
            }
            var primary = $(Button.class).all().stream()
                    .filter(b -> !pressed.contains(b) && test(b).isUsable())
                    .filter(b -> b.getThemeNames().contains("primary"))
                    .findFirst();
            if (primary.isEmpty()) {
                break;
            }
            pressed.add(primary.get());
            test(primary.get()).click();
        }
        return filled;
    }

    private void closeNotifications() {
        $(Notification.class).all().forEach(Notification::close);
    }

    private List<Component> textFields() {
        var fields = new ArrayList<Component>();
        fields.addAll($(TextField.class).all());
        fields.addAll($(TextArea.class).all());
        fields.addAll($(EmailField.class).all());
        fields.addAll($(PasswordField.class).all());
        return fields;
    }

    /**
     * As a browser would send it; a field whose limits the tester enforces (a maximum length) gets
     * the value as a tampered client could still send it.
     */
    private void set(Component field, String value) {
        try {
            switch (field) {
                case TextField f -> test(f).setValue(value);
                case TextArea f -> test(f).setValue(value);
                case EmailField f -> test(f).setValue(value);
                case PasswordField f -> test(f).setValue(value);
                default -> throw new IllegalStateException(field.toString());
            }
        } catch (IllegalArgumentException | IllegalStateException refused) {
            @SuppressWarnings("unchecked")
            var hasValue = (HasValue<?, String>) field;
            hasValue.setValue(value);
        }
    }

    private static String userFor(String route) {
        var allowed = app.safepost.security.ScreenAccess.allowed(route);
        return PREFERRED.stream().filter(allowed::contains).findFirst().orElse(null);
    }

    private String concrete(String template) {
        if (template.endsWith("/:draftId?")) {
            return template.substring(0, template.indexOf("/:draftId?"));
        }
        if (template.startsWith("policies/")) {
            var policy = jdbc.queryForObject(
                    "select policy_id from policy_document where version_number = 1"
                            + " and title = 'Social media (Twitter) policy'",
                    String.class);
            return template.replace(":id", policy);
        }
        if (template.contains(":id")) {
            return template.replace(
                    ":id",
                    jdbc.queryForObject("select id from pupil where not archived order by upn limit 1", String.class));
        }
        return template;
    }
}
