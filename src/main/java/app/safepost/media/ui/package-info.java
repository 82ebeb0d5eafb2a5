@NullMarked
package app.safepost.media.ui;

import org.jspecify.annotations.NullMarked;
