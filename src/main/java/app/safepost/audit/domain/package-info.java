@NullMarked
package app.safepost.audit.domain;

import org.jspecify.annotations.NullMarked;
