@NullMarked
package app.safepost.accounts.domain;

import org.jspecify.annotations.NullMarked;
