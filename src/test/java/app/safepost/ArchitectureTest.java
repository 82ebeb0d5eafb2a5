package app.safepost;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.ui.Notices;
import app.safepost.common.ui.SchoolTimeFields;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.repository.Repository;

/** Keeps screens, repositories and entities inside the module that owns them, and screens small. */
class ArchitectureTest {

    private static final String ROOT = "app.safepost";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static Set<String> modules() {
        var modules = new TreeSet<String>();
        CLASSES.forEach(c -> {
            var rest = c.getPackageName().substring(ROOT.length());
            if (rest.startsWith(".")) {
                modules.add(rest.substring(1).split("\\.")[0]);
            }
        });
        return modules;
    }

    /** Every module but the shared kernel, whose small screen helpers are for every module. */
    static Set<String> modulesWithPrivateScreens() {
        var modules = modules();
        modules.remove("common");
        return modules;
    }

    /**
     * A module's screens are its own. It may publish reusable components in {@code ui.parts} (a Spring
     * Modulith named interface, "ui-parts"); everything else under {@code ui} stays private.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modulesWithPrivateScreens")
    void no_other_module_uses_a_modules_screens(String module) {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "." + module + "..")
                .should()
                .dependOnClassesThat(and(
                        resideInAPackage(ROOT + "." + module + ".ui.."),
                        not(resideInAPackage(ROOT + "." + module + ".ui.parts.."))))
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    /** Published screen parts are for other modules' screens only, never their services or domain. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modulesWithPrivateScreens")
    void only_other_modules_screens_use_a_modules_screen_parts(String module) {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "." + module + "..")
                .and()
                .resideOutsideOfPackage(ROOT + ".*.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + "." + module + ".ui.parts..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void screen_parts_are_components_never_routes() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".*.ui.parts..")
                .should()
                .beAnnotatedWith(Route.class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void repositories_are_private_to_their_module(String module) {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "." + module + "..")
                .should()
                .dependOnClassesThat(and(resideInAPackage(ROOT + "." + module + ".."), assignableTo(Repository.class)))
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void entities_are_private_to_their_module(String module) {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "." + module + "..")
                .should()
                .dependOnClassesThat(and(resideInAPackage(ROOT + "." + module + ".."), annotatedWith(Entity.class)))
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void domain_code_never_depends_on_screens() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    /** One way to show dates: every date and time picker is made with the school's formats. */
    @Test
    void date_and_time_pickers_are_made_with_the_schools_formats() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(SchoolTimeFields.class.getName())
                .should()
                .callConstructorWhere(target(owner(assignableTo(DatePicker.class)
                        .or(assignableTo(TimePicker.class))
                        .or(assignableTo(DateTimePicker.class)))))
                .because("SchoolTimeFields gives them UK formats whatever the browser's language")
                .check(CLASSES);
    }

    /** One way to tell the user how an action went: every notification comes from Notices. */
    @Test
    void only_notices_show_notifications() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Notices.class.getName())
                .should()
                .callMethodWhere(target(owner(assignableTo(Notification.class))).and(target(name("show"))))
                .orShould()
                .callConstructorWhere(target(owner(assignableTo(Notification.class))))
                .because("Notices gives each kind of message one look, one time on screen and one place")
                .check(CLASSES);
    }

    /**
     * Vaadin checks a route's {@code @RolesAllowed} before it opens; Spring's method security reads only
     * {@code @PreAuthorize} (JSR-250 is off, so that views are not proxied), so on anything but a route
     * the annotation would look like a check and be none.
     */
    @Test
    void roles_allowed_is_only_on_routes_and_services_use_pre_authorize() {
        noClasses()
                .that(not(annotatedWith(Route.class)))
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
        noMethods()
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void services_never_depend_on_vaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", ROOT + ".security..", ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin.flow.component..")
                .check(CLASSES);
    }

    static final int MOST_LINES_OF_A_SCREEN = 250;

    /** The source file of every route, every dialog and every other class of a screen, relative to src/main/java. */
    static Set<String> screenSources() throws IOException {
        var sources = new TreeSet<String>(uiSources());
        CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(Route.class) || c.isAssignableTo(Dialog.class))
                .forEach(c -> sources.add(c.getPackageName().replace('.', '/') + "/"
                        + c.getSource().flatMap(source -> source.getFileName()).orElseThrow()));
        return sources;
    }

    /** A screen, dialog or section that grows past this is split into section components, as the editor is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("screenSources")
    void no_screen_dialog_or_section_is_longer_than_250_lines(String source) throws IOException {
        var lines = Files.readAllLines(Path.of("src/main/java", source)).size();
        assertThat(lines).as("lines in %s", source).isLessThanOrEqualTo(MOST_LINES_OF_A_SCREEN);
    }

    static final int MOST_LINES_OF_A_METHOD = 40;

    /** Every source file in a {@code ui} package, relative to {@code src/main/java}. */
    static Set<String> uiSources() throws IOException {
        var root = Path.of("src/main/java");
        try (var files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(source -> source.contains("/ui/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A method that needs scrolling to read is split into well-named steps or section components. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uiSources")
    void no_method_in_a_screen_is_longer_than_40_lines(String source) throws IOException {
        var tooLong =
                SourceMethods.longerThan(Files.readAllLines(Path.of("src/main/java", source)), MOST_LINES_OF_A_METHOD);
        assertThat(tooLong)
                .as("methods over %d lines in %s", MOST_LINES_OF_A_METHOD, source)
                .isEmpty();
    }

    @Test
    void the_method_length_check_sees_a_long_method_and_only_counts_it_once() {
        var body = new ArrayList<String>();
        body.add("class Example {");
        body.add("    private static final String TEXT = String.valueOf(1);");
        body.add("");
        body.add("    Example(String a,");
        body.add("            String b) {");
        for (int i = 0; i < 36; i++) {
            body.add("        run(() -> { \"}\".length(); });");
        }
        body.add("        new Object() {");
        body.add("        };");
        body.add("    }");
        body.add("");
        body.add("    private void shortOne() {");
        body.add("        var brace = '{';");
        body.add("    }");
        body.add("}");

        assertThat(SourceMethods.longerThan(body, 40)).containsExactly("Example(...) has 41 lines");
        assertThat(SourceMethods.longerThan(body, 41)).isEmpty();
    }
    /** The source file of every route, relative to {@code src/main/java}. */
    static Set<String> routeSources() {
        var sources = new TreeSet<String>();
        CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(Route.class))
                .forEach(c -> sources.add(c.getPackageName().replace('.', '/') + "/"
                        + c.getSource().flatMap(source -> source.getFileName()).orElseThrow()));
        return sources;
    }

    /** One way to space a screen: the stylesheet's {@code screen} class, never a view's own padding. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("routeSources")
    void no_view_sets_its_own_padding(String source) throws IOException {
        var text = Files.readString(Path.of("src/main/java", source));
        assertThat(text).as("inline padding in %s", source).doesNotContainPattern("\\.set\\(\\s*\"padding");
    }
}
