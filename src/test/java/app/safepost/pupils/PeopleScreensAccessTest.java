package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.shell.ui.AccessDeniedView;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Role × screen: every demo user against every screen of the people features. A screen a role may
 * not open shows the access-denied page, never the screen. The trust's roles never open the roster.
 */
class PeopleScreensAccessTest extends ScreenTest {

    private static final String PUPIL = "pupils/{amelia}";

    /** Screen, then the users who may open it; everyone else is refused. */
    static final List<List<String>> ACCESS = List.of(
            List.of("pupils", "head", "deputy", "computing", "teacher", "teacher4", "ta", "office", "music"),
            List.of("pupils/import", "office"),
            List.of("pupils/new", "office"),
            List.of(PUPIL, "head", "deputy", "office"),
            List.of("photo-consent", "head", "deputy", "computing", "teacher", "teacher4", "ta", "office", "music"),
            List.of(
                    "photo-consent/print",
                    "head",
                    "deputy",
                    "computing",
                    "teacher",
                    "teacher4",
                    "ta",
                    "office",
                    "music"),
            List.of("classes", "head", "deputy"),
            List.of("devices", "head", "deputy", "office"));

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> matrix() {
        return ACCESS.stream()
                .flatMap(row -> DemoUsers.EVERYONE.stream()
                        .map(user -> Arguments.of(
                                row.getFirst(), user, row.subList(1, row.size()).contains(user))));
    }

    @ParameterizedTest(name = "{1} opens {0}: {2}")
    @MethodSource("matrix")
    void each_role_opens_only_its_screens(String route, String user, boolean allowed) {
        signInAs(user);
        var amelia = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForObject("select id from pupil where upn = 'J820300120086'", UUID.class));

        UI.getCurrent().navigate(route.replace("{amelia}", amelia.toString()));

        var view = getCurrentView();
        if (allowed) {
            assertThat(view).isNotInstanceOf(AccessDeniedView.class);
            assertThat(view.getClass().getPackageName()).matches("app\\.safepost\\.(pupils|school)\\.ui");
        } else {
            assertThat(view).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    void teacher_of_class_3_sees_class_3_by_full_name_and_no_other_class_on_screen() {
        signInAs("teacher");
        UI.getCurrent().navigate("pupils");

        var grid = (Grid<?>) $(Grid.class).id("class-pupils");
        var headers = grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();

        assertThat(headers).containsExactly("First name", "Preferred name", "Surname", "Class", "Photo consent");
        var rows = test(grid).size();
        assertThat(rows).isEqualTo(28);
        var cells = Stream.iterate(0, i -> i < rows, i -> i + 1)
                .flatMap(i -> Stream.of(0, 1, 2, 3, 4).map(c -> test(grid).getCellText(i, c)))
                .toList();
        var class3Surnames = InSchool.jesseGray(jdbc, () -> jdbc.queryForList("""
                select p.surname from pupil p join school_class c on c.id = p.class_id
                where c.name = 'Class 3' and not p.archived""", String.class));
        assertThat(cells)
                .contains("Amelia", "Khan", "Class 3")
                .containsAll(class3Surnames)
                .doesNotContain("Class 4");
        // Surnames held only by pupils of other classes never appear.
        var otherSurnames = InSchool.jesseGray(jdbc, () -> jdbc.queryForList("""
                select p.surname from pupil p join school_class c on c.id = p.class_id where c.name <> 'Class 3'
                except select q.surname from pupil q join school_class d on d.id = q.class_id where d.name = 'Class 3'
                except select coalesce(q.preferred_name, q.first_name) from pupil q
                except select q.first_name from pupil q""", String.class));
        assertThat(otherSurnames).isNotEmpty();
        assertThat(cells).doesNotContainAnyElementsOf(otherSurnames);
    }

    @Test
    void the_consent_overview_lists_who_may_not_be_photographed_in_the_teachers_class_only() {
        signInAs("teacher");
        UI.getCurrent().navigate("photo-consent/print");

        var text = getCurrentView().getElement().getTextRecursively();

        // Ezra García has no photo consent; Ezra Smith of Class 5 neither, but is not the teacher's.
        assertThat(text).contains("Class 3", "Ezra García").doesNotContain("Ezra Smith", "Class 4", "Reception");
    }
}
