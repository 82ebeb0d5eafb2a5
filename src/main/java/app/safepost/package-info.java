@NullMarked
package app.safepost;

import org.jspecify.annotations.NullMarked;
