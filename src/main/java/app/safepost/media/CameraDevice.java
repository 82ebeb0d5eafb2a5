package app.safepost.media;

import org.jspecify.annotations.Nullable;

/**
 * The camera a photo's metadata names (P3), read before the metadata is stripped.
 *
 * @param registered whether it is a school device in service on the school's device register
 */
public record CameraDevice(String make, String model, @Nullable String serial, boolean registered) {
}
