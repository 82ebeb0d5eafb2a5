@NullMarked
package app.safepost.moderation.domain;

import org.jspecify.annotations.NullMarked;
