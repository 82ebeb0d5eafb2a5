@NullMarked
package app.safepost.publishing.ui;

import org.jspecify.annotations.NullMarked;
