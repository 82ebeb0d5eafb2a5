@NullMarked
package app.safepost.trust.api;

import org.jspecify.annotations.NullMarked;
