@NullMarked
package app.safepost.trust.ui;

import org.jspecify.annotations.NullMarked;
