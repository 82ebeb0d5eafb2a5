@NullMarked
package app.safepost.school.api;

import org.jspecify.annotations.NullMarked;
