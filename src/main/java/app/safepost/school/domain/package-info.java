@NullMarked
package app.safepost.school.domain;

import org.jspecify.annotations.NullMarked;
