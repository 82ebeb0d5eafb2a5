@NullMarked
package app.safepost.media.api;

import org.jspecify.annotations.NullMarked;
