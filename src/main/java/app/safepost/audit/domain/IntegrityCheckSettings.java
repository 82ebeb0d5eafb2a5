package app.safepost.audit.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the nightly integrity check reads the whole chain rather than only the links after the latest
 * anchor ({@code safepost.audit.integrity-check.*}; docs/audit-integrity.md).
 *
 * @param fullCheckDay    the night (UK time) of the weekly full check
 * @param fullCheckWithin the longest time without a full check that passed (a portal switched off on
 *                        the full-check night checks in full on the next night it runs)
 */
@ConfigurationProperties("safepost.audit.integrity-check")
public record IntegrityCheckSettings(
        @DefaultValue("SUNDAY") DayOfWeek fullCheckDay,
        @DefaultValue("7d") Duration fullCheckWithin) {}
