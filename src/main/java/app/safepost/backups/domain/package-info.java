@NullMarked
package app.safepost.backups.domain;

import org.jspecify.annotations.NullMarked;
