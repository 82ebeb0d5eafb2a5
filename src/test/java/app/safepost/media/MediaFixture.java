package app.safepost.media;

import app.safepost.testing.InSchool;
import org.springframework.jdbc.core.JdbcTemplate;

/** Removes every photo the tests took in; the demo school has none of its own. Counts the demo school's. */
public final class MediaFixture {

    private MediaFixture() {}

    public static void removeAllPhotos(JdbcTemplate jdbc) {
        InSchool.jesseGray(jdbc, () -> {
            jdbc.update("delete from photo_aud");
            jdbc.update("delete from photo");
            jdbc.update("delete from media_content");
        });
    }

    public static long storedImages(JdbcTemplate jdbc) {
        return InSchool.jesseGray(jdbc, () -> jdbc.queryForObject("select count(*) from media_content", Long.class));
    }

    public static long photos(JdbcTemplate jdbc) {
        return InSchool.jesseGray(jdbc, () -> jdbc.queryForObject("select count(*) from photo", Long.class));
    }
}
