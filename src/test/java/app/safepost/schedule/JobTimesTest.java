package app.safepost.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/** The jobs' times as the portal reads them from its application.properties and what a school sets. */
class JobTimesTest {

    private static JobTimes read(Map<String, Object> setBySchool) throws IOException {
        var sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("school", setBySchool));
        new PropertiesPropertySourceLoader()
                .load("application", new ClassPathResource("application.properties"))
                .forEach(sources::addLast);
        var binder = new Binder(
                ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
        return binder.bind("safepost.schedule", JobTimes.class).get();
    }

    @Test
    void unset_the_jobs_run_at_their_usual_times() throws IOException {
        assertThat(read(Map.of()))
                .isEqualTo(new JobTimes(
                        "0 0 1 * * *",
                        "0 20 1 * * *",
                        "0 45 1 * * *",
                        "0 15 2 * * *",
                        "0 30 3 * * *",
                        "0 0 7 * * MON",
                        "0 30 7 * * *"));
    }

    @Test
    void a_time_set_under_its_older_name_still_counts() throws IOException {
        var times = read(Map.of("safepost.backup.cron", "0 30 0 * * *", "safepost.moderation.follower-sync-cron", "-"));

        assertThat(times.backup()).isEqualTo("0 30 0 * * *");
        assertThat(times.followerSync()).isEqualTo("-");
        assertThat(times.retention()).isEqualTo("0 45 1 * * *");
    }

    @Test
    void a_time_set_under_its_name_wins_over_the_older_name() throws IOException {
        var times = read(Map.of("safepost.schedule.backup", "0 10 2 * * *", "safepost.backup.cron", "0 30 0 * * *"));

        assertThat(times.backup()).isEqualTo("0 10 2 * * *");
    }
}
