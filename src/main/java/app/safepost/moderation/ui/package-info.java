@NullMarked
package app.safepost.moderation.ui;

import org.jspecify.annotations.NullMarked;
