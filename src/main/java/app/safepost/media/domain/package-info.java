@NullMarked
package app.safepost.media.domain;

import org.jspecify.annotations.NullMarked;
