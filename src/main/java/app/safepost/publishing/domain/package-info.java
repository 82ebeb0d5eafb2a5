@NullMarked
package app.safepost.publishing.domain;

import org.jspecify.annotations.NullMarked;
