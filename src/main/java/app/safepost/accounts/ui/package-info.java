@NullMarked
package app.safepost.accounts.ui;

import org.jspecify.annotations.NullMarked;
