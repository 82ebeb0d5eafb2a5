package app.safepost.publishing.domain;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Record keys in the AT Protocol's timestamp-id (TID) form: 13 characters of base32-sortable
 * encoding of 0, 53 bits of microseconds since 1970 and a 10-bit clock id. An outbox entry gets one
 * when it is scheduled and keeps it, so sending it again names the same Bluesky record.
 */
public final class RecordKeys {

    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordKeys() {}

    public static String tid(Instant at) {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        long value = ((micros & ((1L << 53) - 1)) << 10) | RANDOM.nextInt(1024);
        var text = new char[13];
        for (int i = 12; i >= 0; i--) {
            text[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(text);
    }
}
