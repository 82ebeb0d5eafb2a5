@NullMarked
package app.safepost.security.ui;

import org.jspecify.annotations.NullMarked;
