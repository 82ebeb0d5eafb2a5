@NullMarked
package app.safepost.drafting.ui;

import org.jspecify.annotations.NullMarked;
