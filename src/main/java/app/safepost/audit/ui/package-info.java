@NullMarked
package app.safepost.audit.ui;

import org.jspecify.annotations.NullMarked;
