@NullMarked
package app.safepost.pupils.domain;

import org.jspecify.annotations.NullMarked;
