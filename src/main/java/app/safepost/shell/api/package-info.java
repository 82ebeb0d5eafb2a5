@NullMarked
package app.safepost.shell.api;

import org.jspecify.annotations.NullMarked;
