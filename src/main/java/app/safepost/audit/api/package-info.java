@NullMarked
package app.safepost.audit.api;

import org.jspecify.annotations.NullMarked;
