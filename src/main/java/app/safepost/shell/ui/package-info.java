@NullMarked
package app.safepost.shell.ui;

import org.jspecify.annotations.NullMarked;
