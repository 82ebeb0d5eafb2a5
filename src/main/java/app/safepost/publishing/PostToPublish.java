package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What SLT approved, frozen at approval: publishing never reads the draft again.
 *
 * @param reference       the draft's id value
 * @param approvedVersion the draft version that was approved
 * @param pupilUpns       the pupils shown in the post
 * @param delegation      the trip delegation the draft was written under, if any
 */
public record PostToPublish(
        UUID reference,
        long approvedVersion,
        AccountId account,
        String text,
        List<PublishedPhoto> photos,
        List<String> pupilUpns,
        Instant publishAt,
        String author,
        String approvedBy,
        @Nullable UUID delegation) {

    public PostToPublish {
        photos = photos == null ? List.of() : List.copyOf(photos);
        pupilUpns = pupilUpns == null ? List.of() : List.copyOf(pupilUpns);
    }
}
