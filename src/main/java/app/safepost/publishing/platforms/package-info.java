@NullMarked
package app.safepost.publishing.platforms;

import org.jspecify.annotations.NullMarked;
