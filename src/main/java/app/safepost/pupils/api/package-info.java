@NullMarked
package app.safepost.pupils.api;

import org.jspecify.annotations.NullMarked;
