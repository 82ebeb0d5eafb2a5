@NullMarked
package app.safepost.accounts.api;

import org.jspecify.annotations.NullMarked;
