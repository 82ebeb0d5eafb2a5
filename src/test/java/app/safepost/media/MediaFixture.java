package app.safepost.media;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes every photo the tests took in; the demo school has none of its own. */
public final class MediaFixture {

    private MediaFixture() {
    }

    public static void removeAllPhotos(JdbcTemplate jdbc) {
        jdbc.update("delete from photo_aud");
        jdbc.update("delete from photo");
        jdbc.update("delete from media_content");
    }

    public static long storedImages(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from media_content", Long.class);
    }

    public static long photos(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from photo", Long.class);
    }
}
