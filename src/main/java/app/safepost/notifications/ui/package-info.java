@NullMarked
package app.safepost.notifications.ui;

import org.jspecify.annotations.NullMarked;
