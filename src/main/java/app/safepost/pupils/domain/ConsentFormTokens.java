package app.safepost.pupils.domain;

import app.safepost.notifications.SecretLinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Makes the consent form's single-use link as the outbox sends its e-mail: 32 random bytes, of which
 * only the SHA-256 is stored. The plain token exists in the e-mail alone.
 */
@Component
public class ConsentFormTokens implements SecretLinks {

    public static final String KIND = "consent-form";
    public static final String PATH = "consent-form/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsentFormLinkRepository links;
    private final Clock clock;

    ConsentFormTokens(ConsentFormLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** A fresh token for the link, unless it was used already; runs in the sending transaction. */
    @Override
    public Optional<String> mint(String reference) {
        UUID id;
        try {
            id = UUID.fromString(reference);
        } catch (IllegalArgumentException notALink) {
            return Optional.empty();
        }
        return links.findById(id).filter(link -> !link.isUsed()).map(link -> {
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            link.minted(hash(token), clock.instant());
            links.save(link);
            return PATH + token;
        });
    }

    /** The stored form of a token: its SHA-256 in hex. */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
