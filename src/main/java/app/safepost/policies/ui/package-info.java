@NullMarked
package app.safepost.policies.ui;

import org.jspecify.annotations.NullMarked;
