@NullMarked
package app.safepost.notifications.domain;

import org.jspecify.annotations.NullMarked;
